package io.strikeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.Provenance;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClass;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratedClassesTest {

    @BeforeAll
    static void trustGeneratedPackage() {
        // Avro 1.12.2 refuses to instantiate classes from packages nobody declared trusted.
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(), type -> type.getName().startsWith("io.strikeline.avro.")));
    }

    static StrikeEvent sumyDroneEvent() {
        return StrikeEvent.newBuilder()
                .setEventId("a1|UA-59|2025-07-23|DRONE")
                .setRegionIso("UA-59")
                .setRegionName("Sumy")
                .setSettlements(List.of("Sumy"))
                .setEventDate(LocalDate.of(2025, 7, 23))
                .setDateBasis(DateBasis.RELATIVE_DAY)
                .setWeaponClass(WeaponClass.DRONE)
                .setOutageCustomers(220_000L)
                .setProvenance(Provenance.newBuilder()
                        .setSourceKind(SourceKind.ARTICLE)
                        .setSourceId("a1")
                        .setOutlet("Example Times")
                        .setEvidence("A drone attack on the Sumy region cut power.")
                        .setEvidenceStart(10)
                        .setEvidenceEnd(54)
                        .build())
                .setConfidence(0.9)
                .setExtractorVersion("test/1")
                .setIngestedAt(Instant.parse("2025-07-24T06:00:00Z"))
                .build();
    }

    @Test
    void builderLeavesOptionalCountsNullAndLogicalTypesAsJavaTime() {
        StrikeEvent event = sumyDroneEvent();

        assertThat(event.getLaunched()).isNull();
        assertThat(event.getKilled()).isNull();
        assertThat(event.getDirection()).isNull();
        assertThat(event.getEventDate()).isEqualTo(LocalDate.of(2025, 7, 23));
        assertThat(event.getIngestedAt()).isEqualTo(Instant.parse("2025-07-24T06:00:00Z"));
    }

    @Test
    void strikeEventSurvivesABinaryRoundTrip() throws IOException {
        StrikeEvent event = sumyDroneEvent();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(StrikeEvent.class).write(event, encoder);
        encoder.flush();
        StrikeEvent back = new SpecificDatumReader<>(StrikeEvent.class)
                .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));

        assertThat(back).isEqualTo(event);
    }
}
