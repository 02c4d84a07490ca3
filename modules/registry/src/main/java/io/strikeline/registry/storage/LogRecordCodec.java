package io.strikeline.registry.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.strikeline.registry.core.CompatibilityLevel;
import io.strikeline.registry.core.LogRecord;
import io.strikeline.registry.core.SchemaVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Keys and values of the {@code _schemas} topic in the JSON layout Confluent Schema Registry uses
 * ({@code {"keytype":"SCHEMA","subject":...,"version":...,"magic":1}} and so on), so the topic reads the
 * same to either registry. Key bytes are written with a fixed field order: compaction compares bytes.
 */
public final class LogRecordCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LogRecordCodec() {
    }

    /** A record's key and value; a null value is a tombstone. */
    public record Encoded(byte[] key, byte[] value) {
    }

    public static Encoded encode(LogRecord record) {
        if (record instanceof LogRecord.SchemaPut put) {
            SchemaVersion v = put.version();
            ObjectNode value = JSON.createObjectNode();
            value.put("subject", v.subject());
            value.put("version", v.version());
            value.put("id", v.id());
            value.put("schema", v.schema());
            value.put("deleted", v.deleted());
            return new Encoded(schemaKey(v.subject(), v.version()), bytes(value));
        }
        if (record instanceof LogRecord.SchemaTombstone tombstone) {
            return new Encoded(schemaKey(tombstone.subject(), tombstone.version()), null);
        }
        if (record instanceof LogRecord.ConfigPut config) {
            ObjectNode value = JSON.createObjectNode();
            value.put("compatibilityLevel", config.level().name());
            return new Encoded(configKey(config.subject()), bytes(value));
        }
        if (record instanceof LogRecord.ConfigTombstone config) {
            return new Encoded(configKey(config.subject()), null);
        }
        throw new IllegalArgumentException("Not a record that is written: " + record);
    }

    /** Decodes one topic record; anything unknown or malformed becomes {@link LogRecord.Ignored}. */
    public static LogRecord decode(byte[] keyBytes, byte[] valueBytes) {
        if (keyBytes == null) {
            return new LogRecord.Ignored("record without key");
        }
        try {
            JsonNode key = JSON.readTree(keyBytes);
            String keyType = key.path("keytype").asText("");
            String subject = key.hasNonNull("subject") ? key.get("subject").asText() : null;
            switch (keyType) {
                case "SCHEMA": {
                    int version = key.path("version").asInt();
                    if (valueBytes == null) {
                        return new LogRecord.SchemaTombstone(subject, version);
                    }
                    JsonNode value = JSON.readTree(valueBytes);
                    String schemaType = value.path("schemaType").asText("AVRO");
                    if (!"AVRO".equals(schemaType)) {
                        return new LogRecord.Ignored("schema type " + schemaType + " is not served");
                    }
                    return new LogRecord.SchemaPut(new SchemaVersion(subject, version, value.path("id").asInt(),
                            value.path("schema").asText(), value.path("deleted").asBoolean(false)));
                }
                case "CONFIG": {
                    if (valueBytes == null) {
                        return new LogRecord.ConfigTombstone(subject);
                    }
                    JsonNode value = JSON.readTree(valueBytes);
                    if (!value.hasNonNull("compatibilityLevel")) {
                        return new LogRecord.Ignored("config without compatibilityLevel");
                    }
                    return new LogRecord.ConfigPut(subject,
                            CompatibilityLevel.valueOf(value.get("compatibilityLevel").asText()));
                }
                default:
                    return new LogRecord.Ignored("key type '" + keyType + "'");
            }
        } catch (IOException | IllegalArgumentException e) {
            return new LogRecord.Ignored("malformed record: " + e.getMessage());
        }
    }

    private static byte[] schemaKey(String subject, int version) {
        ObjectNode key = JSON.createObjectNode();
        key.put("keytype", "SCHEMA");
        key.put("subject", subject);
        key.put("version", version);
        key.put("magic", 1);
        return bytes(key);
    }

    private static byte[] configKey(String subject) {
        ObjectNode key = JSON.createObjectNode();
        key.put("keytype", "CONFIG");
        if (subject != null) {
            // Confluent leaves the subject out of the global config's key.
            key.put("subject", subject);
        }
        key.put("magic", 0);
        return bytes(key);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
