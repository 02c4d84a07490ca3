package io.strikeline.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.Provenance;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import io.strikeline.serde.client.InMemorySchemaRegistryClient;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class KafkaAvroSerializerTest {

    private static final Map<String, Object> CONFIG = Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://unused:1");
    private static final Schema STRIKE = new Schema.Parser().parse("""
            {"type":"record","name":"Strike","namespace":"test","fields":[
              {"name":"region","type":"string"},
              {"name":"launched","type":["null","int"],"default":null}]}""");

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient(7);

    private KafkaAvroSerializer serializer(Map<String, Object> extra, boolean isKey) {
        Map<String, Object> config = new java.util.HashMap<>(CONFIG);
        config.putAll(extra);
        return new KafkaAvroSerializer(registry, config, isKey);
    }

    private KafkaAvroDeserializer deserializer(boolean specific) {
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer(registry);
        deserializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://unused:1",
                AvroSerdeConfig.SPECIFIC_AVRO_READER, specific), false);
        return deserializer;
    }

    private static GenericRecord strike(String region, Integer launched) {
        GenericRecord record = new GenericData.Record(STRIKE);
        record.put("region", region);
        record.put("launched", launched);
        return record;
    }

    @Test
    void shouldFrameTheAvroBinaryEncodingWithMagicByteAndBigEndianId() {
        byte[] bytes = serializer(Map.of(), false).serialize("strikes", strike("UA-59", 71));

        // 0x00, id 7 as int32, then Avro: string "UA-59" (length 5 zig-zag = 0x0a), union branch 1 (0x02),
        // int 71 (zig-zag 142 = 0x8e 0x01). Written out by hand from the Avro specification.
        assertThat(bytes).containsExactly(
                0x00, 0x00, 0x00, 0x00, 0x07,
                0x0a, 'U', 'A', '-', '5', '9',
                0x02, 0x8e, 0x01);
    }

    @Test
    void shouldLeaveNothingOfARecordThatFailedHalfwayInTheNextOne() {
        KafkaAvroSerializer serializer = serializer(Map.of(), false);
        GenericRecord broken = strike("UA-63", null);
        broken.put("launched", "seventy-one"); // "region" is encoded before the union rejects this

        assertThatThrownBy(() -> serializer.serialize("strikes", broken)).isInstanceOf(SerializationException.class);

        assertThat(serializer.serialize("strikes", strike("UA-59", 71))).containsExactly(
                0x00, 0x00, 0x00, 0x00, 0x07,
                0x0a, 'U', 'A', '-', '5', '9',
                0x02, 0x8e, 0x01);
    }

    @Test
    void shouldRegisterUnderTopicValueAndTopicKeySubjectsByDefault() {
        serializer(Map.of(), false).serialize("strikes", strike("UA-59", null));
        serializer(Map.of(), true).serialize("strikes", "a key");

        assertThat(registry.calls()).containsExactly("register strikes-value", "register strikes-key");
    }

    @Test
    void shouldOnlyLookUpTheSchemaWhenAutoRegisterIsOff() {
        KafkaAvroSerializer lookupOnly = serializer(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false), false);

        assertThatThrownBy(() -> lookupOnly.serialize("strikes", strike("UA-59", null)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("strikes-value").hasMessageContaining("40403");

        registry.register("strikes-value", STRIKE);
        assertThat(lookupOnly.serialize("strikes", strike("UA-59", null))).startsWith(0, 0, 0, 0, 7);
    }

    @Test
    void shouldWriteWithTheLatestVersionWhenAsked() {
        Schema newer = new Schema.Parser().parse("""
                {"type":"record","name":"Strike","namespace":"test","fields":[
                  {"name":"region","type":"string"},
                  {"name":"launched","type":["null","int"],"default":null},
                  {"name":"killed","type":["null","int"],"default":null}]}""");
        registry.register("strikes-value", STRIKE);
        int newerId = registry.register("strikes-value", newer);
        // The producer's own copy of the schema differs from every registered version (an extra property),
        // so only use.latest.version can give it an id.
        Schema local = new Schema.Parser().parse(newer.toString());
        local.addProp("origin", "producer build");
        GenericRecord record = new GenericData.Record(local);
        record.put("region", "UA-63");

        byte[] bytes = serializer(Map.of(AvroSerdeConfig.USE_LATEST_VERSION, true,
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false), false).serialize("strikes", record);

        assertThat(bytes[4]).isEqualTo((byte) newerId);
        assertThat(registry.calls()).contains("latest strikes-value");
        assertThatThrownBy(() -> serializer(Map.of(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false), false)
                .serialize("strikes", record)).isInstanceOf(SerializationException.class).hasMessageContaining("40403");
    }

    @Test
    void shouldWriteNullAsATombstone() {
        assertThat(serializer(Map.of(), false).serialize("strikes", null)).isNull();
        assertThat(deserializer(false).deserialize("strikes", null)).isNull();
    }

    @Test
    void shouldWriteTopLevelBytesRawAsConfluentDoes() {
        byte[] bytes = serializer(Map.of(), false).serialize("blobs", new byte[] {1, 2, 3});

        assertThat(bytes).containsExactly(0, 0, 0, 0, 7, 1, 2, 3);
        assertThat((byte[]) deserializer(false).deserialize("blobs", bytes)).containsExactly(1, 2, 3);
    }

    @Test
    void shouldRoundTripPrimitivesReturningStringsNotUtf8() {
        KafkaAvroSerializer serializer = serializer(Map.of(), true);
        KafkaAvroDeserializer deserializer = deserializer(false);

        assertThat(deserializer.deserialize("t", serializer.serialize("t", "UA-59|2025-07-23"))).isEqualTo("UA-59|2025-07-23");
        assertThat(deserializer.deserialize("t", serializer.serialize("t", 42L))).isEqualTo(42L);
    }

    @Test
    void shouldRoundTripGeneratedClassesWithSpecificReader() {
        StrikeEvent event = StrikeEvent.newBuilder()
                .setEventId("r1|UA-59|2025-07-23|DRONE").setRegionIso("UA-59").setRegionName("Sumy")
                .setEventDate(LocalDate.of(2025, 7, 23)).setDateBasis(DateBasis.REPORT_WINDOW_END)
                .setWeaponClass(WeaponClass.DRONE).setLaunched(71).setSettlements(List.of("Sumy"))
                .setProvenance(Provenance.newBuilder().setSourceKind(SourceKind.STRIKE_REPORT).setSourceId("r1").build())
                .setExtractorVersion("test/1").setIngestedAt(Instant.parse("2025-07-24T06:00:00Z")).build();

        byte[] bytes = serializer(Map.of(), false).serialize("strike-events", event);
        Object back = deserializer(true).deserialize("strike-events", bytes);
        Object generic = deserializer(false).deserialize("strike-events", bytes);

        assertThat(back).isEqualTo(event);
        assertThat(generic).isInstanceOf(GenericRecord.class);
        assertThat(((GenericRecord) generic).get("region_iso").toString()).isEqualTo("UA-59");
    }

    @Test
    void shouldRefuseRecordsNotInTheWireFormat() {
        KafkaAvroDeserializer deserializer = deserializer(false);

        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {1, 0, 0, 0, 7, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Unknown magic byte");
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("too short");
    }

    @Test
    void shouldExplainAnUnknownSchemaId() {
        assertThatThrownBy(() -> deserializer(false).deserialize("strikes", new byte[] {0, 0, 0, 0, 99, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema with id 99").hasMessageContaining("40403");
    }

    @Test
    void shouldRefuseTypesAvroCannotWrite() {
        assertThatThrownBy(() -> serializer(Map.of(), false).serialize("t", new Object()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Unsupported Avro type");
    }
}
