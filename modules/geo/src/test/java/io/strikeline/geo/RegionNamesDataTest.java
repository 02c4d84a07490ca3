package io.strikeline.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every row of the name tables does what its kind says; catches a typo or a form shared by two regions. */
class RegionNamesDataTest {

    @Test
    void shouldResolveEveryFormInTheRegionTableToItsOwnRegion() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String[] row : rows("region-names.tsv")) {
            String iso = row[0];
            String form = row[2];
            switch (FormKind.parse(row[1])) {
                case NAME -> softly.assertThat(Regions.resolve(form)).as(form).map(Region::iso).contains(iso);
                case CITY -> {
                    softly.assertThat(Regions.resolve(form)).as(form).isEmpty();
                    softly.assertThat(Regions.resolve(form + " region")).as(form + " region").map(Region::iso).contains(iso);
                }
                case KYIV -> {
                    softly.assertThat(Regions.resolve(form)).as(form).map(Region::iso).contains("UA-30");
                    softly.assertThat(Regions.resolve(form + " oblast")).as(form + " oblast").map(Region::iso).contains("UA-32");
                }
                case UK_ADJECTIVE -> softly.assertThat(Regions.resolve(form + "ої області")).as(form + "ої області")
                        .map(Region::iso).contains(iso);
                case RU_ADJECTIVE -> softly.assertThat(Regions.resolve(form + "ой области")).as(form + "ой области")
                        .map(Region::iso).contains(iso);
                case A_NOUN -> softly.assertThat(Regions.resolve(form + "і")).as(form + "і").map(Region::iso).contains(iso);
                case NOUN -> softly.assertThat(Regions.resolve(form + "у")).as(form + "у").map(Region::iso).contains(iso);
            }
        }
        softly.assertAll();
    }

    @Test
    void shouldRecogniseEveryFormInTheRussianTableAsRussian() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (String[] row : rows("russian-regions.tsv")) {
            String mention = switch (FormKind.parse(row[1])) {
                case UK_ADJECTIVE -> row[2] + "а область";
                case RU_ADJECTIVE -> row[2] + "ая область";
                case A_NOUN -> row[2] + "а";
                default -> row[2];
            };
            softly.assertThat(Regions.isRussianRegion(mention)).as(mention).isTrue();
            softly.assertThat(Regions.resolve(mention)).as(mention).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void shouldKeepRussianPlacesOutOfTheGazetteer() throws IOException {
        Gazetteer gazetteer = Gazetteer.load();
        SoftAssertions softly = new SoftAssertions();
        for (String[] row : rows("russian-regions.tsv")) {
            if (row[1].equals("name") && !row[0].equals("RU")) {
                softly.assertThat(gazetteer.candidates(row[2])).as(row[2]).isEmpty();
            }
        }
        softly.assertAll();
    }

    private static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Regions.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        assertThat(rows).as(resource).isNotEmpty();
        return rows;
    }
}
