package io.strikeline.serde;

import io.strikeline.serde.client.RegisteredSchema;
import io.strikeline.serde.client.RegistryClients;
import io.strikeline.serde.client.SchemaRegistryClient;
import io.strikeline.serde.subject.SubjectNameStrategy;
import io.strikeline.serde.subject.SubjectNames;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serializes Avro records (specific or generic) and primitives into Confluent's wire format, registering
 * or looking up the schema in a Confluent-compatible registry. Configured with Confluent's keys (see
 * {@link AvroSerdeConfig}); a drop-in for {@code io.confluent.kafka.serializers.KafkaAvroSerializer}:
 * the same subjects, the same ids and the same bytes. A null value is written as null (a tombstone).
 */
public class KafkaAvroSerializer implements Serializer<Object> {

    private SchemaRegistryClient client;
    private boolean ownsClient;
    private boolean isKey;
    private boolean autoRegister;
    private boolean useLatestVersion;
    private boolean latestCompatibilityStrict;
    private SubjectNameStrategy subjectNames;
    private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

    /** For Kafka to instantiate from configuration; {@link #configure} builds the registry client. */
    public KafkaAvroSerializer() {
    }

    /** Uses a given (typically shared) client; {@link #configure} still reads the other settings. */
    public KafkaAvroSerializer(SchemaRegistryClient client) {
        this.client = client;
    }

    /** A configured serializer over a given client. */
    public KafkaAvroSerializer(SchemaRegistryClient client, Map<String, ?> configs, boolean isKey) {
        this(client);
        configure(configs, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = new AvroSerdeConfig(withUrlIfClientGiven(configs, client));
        this.isKey = isKey;
        // Avro 1.12.2 checks generated classes even when writing them.
        AvroClassTrust.trustPackages(config.getList(AvroSerdeConfig.AVRO_TRUSTED_PACKAGES));
        this.autoRegister = config.getBoolean(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS);
        this.useLatestVersion = config.getBoolean(AvroSerdeConfig.USE_LATEST_VERSION);
        this.latestCompatibilityStrict = config.getBoolean(AvroSerdeConfig.LATEST_COMPATIBILITY_STRICT);
        this.subjectNames = SubjectNames.strategy(isKey ? AvroSerdeConfig.KEY_SUBJECT_NAME_STRATEGY
                : AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, config.subjectNameStrategy(isKey));
        if (client == null) {
            client = RegistryClients.fromConfig(config);
            ownsClient = true;
        }
    }

    @Override
    public byte[] serialize(String topic, Object data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("KafkaAvroSerializer used before configure()");
        }
        Schema schema = AvroData.schemaOf(data);
        String subject = subjectNames.subjectName(topic, isKey, schema);
        int id;
        Schema writerSchema = schema;
        try {
            if (useLatestVersion) {
                RegisteredSchema latest = client.latest(subject);
                if (latestCompatibilityStrict && !canRead(latest.schema(), schema)) {
                    throw new SerializationException("The latest schema of subject '" + subject + "' (version "
                            + latest.version() + ", id " + latest.id() + ") cannot read records of schema "
                            + schema.getFullName() + "; set latest.compatibility.strict=false to write anyway");
                }
                id = latest.id();
                writerSchema = latest.schema();
            } else if (autoRegister) {
                id = client.register(subject, schema);
            } else {
                id = client.idOf(subject, schema);
            }
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SerializationException("Cannot get a schema id for subject '" + subject + "' (topic '" + topic
                    + "', " + (autoRegister && !useLatestVersion ? "registering" : "looking up") + " "
                    + schema.getFullName() + "): " + e.getMessage(), e);
        }
        return encode(id, writerSchema, data);
    }

    private byte[] encode(int id, Schema writerSchema, Object data) {
        EncodeBuffer out = EncodeBuffer.forThisThread();
        WireFormat.writeHeader(out, id);
        try {
            if (data instanceof byte[] bytes) {
                // Confluent writes a top-level bytes value raw, without Avro's length prefix.
                out.write(bytes, 0, bytes.length);
            } else {
                BinaryEncoder encoder = out.encoder();
                writerFor(writerSchema, data).write(data, encoder);
                encoder.flush();
            }
        } catch (IOException | RuntimeException e) {
            out.dropEncoder();
            throw new SerializationException("Cannot encode " + writerSchema.getFullName() + " with schema id " + id
                    + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private DatumWriter<Object> writerFor(Schema schema, Object data) {
        return writers.computeIfAbsent(schema, s -> data instanceof SpecificRecord
                ? new SpecificDatumWriter<>(s) : new GenericDatumWriter<>(s));
    }

    private static boolean canRead(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
                == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
    }

    /** With an injected client the URL is not needed; Confluent's config class still insists on one. */
    static Map<String, ?> withUrlIfClientGiven(Map<String, ?> configs, SchemaRegistryClient client) {
        if (client == null || configs.containsKey(AvroSerdeConfig.SCHEMA_REGISTRY_URL)) {
            return configs;
        }
        Map<String, Object> copy = new HashMap<>(configs);
        copy.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "http://injected-client.invalid");
        return copy;
    }

    @Override
    public void close() {
        if (ownsClient && client != null) {
            client.close();
        }
    }
}
