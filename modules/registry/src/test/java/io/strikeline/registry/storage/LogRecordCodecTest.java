package io.strikeline.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.registry.core.CompatibilityLevel;
import io.strikeline.registry.core.LogRecord;
import io.strikeline.registry.core.SchemaVersion;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LogRecordCodecTest {

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteSchemaRecordsInConfluentsLayout() {
        LogRecordCodec.Encoded encoded = LogRecordCodec.encode(new LogRecord.SchemaPut(
                new SchemaVersion("strike-events-value", 3, 7, "\"string\"", false)));

        assertThat(text(encoded.key()))
                .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"strike-events-value\",\"version\":3,\"magic\":1}");
        assertThat(text(encoded.value())).isEqualTo(
                "{\"subject\":\"strike-events-value\",\"version\":3,\"id\":7,\"schema\":\"\\\"string\\\"\",\"deleted\":false}");
    }

    @Test
    void shouldWriteConfigKeysWithoutASubjectForTheGlobalLevel() {
        assertThat(text(LogRecordCodec.encode(new LogRecord.ConfigPut(null, CompatibilityLevel.FULL)).key()))
                .isEqualTo("{\"keytype\":\"CONFIG\",\"magic\":0}");
        LogRecordCodec.Encoded subject = LogRecordCodec.encode(new LogRecord.ConfigPut("s", CompatibilityLevel.NONE));
        assertThat(text(subject.key())).isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":\"s\",\"magic\":0}");
        assertThat(text(subject.value())).isEqualTo("{\"compatibilityLevel\":\"NONE\"}");
    }

    @Test
    void shouldWriteTombstonesUnderTheSameKeyAsThePut() {
        LogRecordCodec.Encoded put = LogRecordCodec.encode(new LogRecord.SchemaPut(
                new SchemaVersion("s", 1, 1, "\"int\"", true)));
        LogRecordCodec.Encoded tombstone = LogRecordCodec.encode(new LogRecord.SchemaTombstone("s", 1));

        assertThat(tombstone.key()).isEqualTo(put.key());
        assertThat(tombstone.value()).isNull();
    }

    @Test
    void shouldRoundTripEveryKindOfRecord() {
        LogRecord[] records = {
            new LogRecord.SchemaPut(new SchemaVersion("s", 2, 5, "{\"type\":\"int\"}", true)),
            new LogRecord.SchemaTombstone("s", 2),
            new LogRecord.ConfigPut(null, CompatibilityLevel.BACKWARD_TRANSITIVE),
            new LogRecord.ConfigPut("s", CompatibilityLevel.FORWARD),
            new LogRecord.ConfigTombstone("s"),
        };
        for (LogRecord record : records) {
            LogRecordCodec.Encoded encoded = LogRecordCodec.encode(record);
            assertThat(LogRecordCodec.decode(encoded.key(), encoded.value())).isEqualTo(record);
        }
    }

    @Test
    void shouldReadRecordsWrittenByConfluentSchemaRegistry() {
        // As Confluent 7.x writes them: NON_EMPTY values, extra fields it has and we do not model.
        LogRecord schema = LogRecordCodec.decode(
                bytes("{\"keytype\":\"SCHEMA\",\"subject\":\"t-value\",\"version\":1,\"magic\":1}"),
                bytes("{\"subject\":\"t-value\",\"version\":1,\"id\":21,\"schema\":\"\\\"string\\\"\",\"deleted\":false,"
                        + "\"md5\":\"abc\"}"));
        LogRecord config = LogRecordCodec.decode(bytes("{\"keytype\":\"CONFIG\",\"subject\":\"t-value\",\"magic\":0}"),
                bytes("{\"subject\":\"t-value\",\"compatibilityLevel\":\"FULL\"}"));

        assertThat(schema).isEqualTo(new LogRecord.SchemaPut(new SchemaVersion("t-value", 1, 21, "\"string\"", false)));
        assertThat(config).isEqualTo(new LogRecord.ConfigPut("t-value", CompatibilityLevel.FULL));
    }

    @Test
    void shouldSkipRecordKindsItDoesNotModelAndMalformedRecords() {
        assertThat(LogRecordCodec.decode(bytes("{\"keytype\":\"NOOP\",\"magic\":0}"), null))
                .isInstanceOf(LogRecord.Ignored.class);
        assertThat(LogRecordCodec.decode(bytes("{\"keytype\":\"DELETE_SUBJECT\",\"subject\":\"s\",\"magic\":0}"),
                bytes("{\"subject\":\"s\",\"version\":2}"))).isInstanceOf(LogRecord.Ignored.class);
        assertThat(LogRecordCodec.decode(bytes("not json"), bytes("{}"))).isInstanceOf(LogRecord.Ignored.class);
        assertThat(LogRecordCodec.decode(null, bytes("{}"))).isInstanceOf(LogRecord.Ignored.class);
        assertThat(LogRecordCodec.decode(bytes("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1,\"magic\":1}"),
                bytes("{\"subject\":\"s\",\"version\":1,\"id\":3,\"schemaType\":\"PROTOBUF\",\"schema\":\"x\"}")))
                .isInstanceOf(LogRecord.Ignored.class);
    }
}
