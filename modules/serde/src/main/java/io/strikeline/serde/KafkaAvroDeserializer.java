package io.strikeline.serde;

import io.strikeline.serde.client.RegistryClients;
import io.strikeline.serde.client.SchemaRegistryClient;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent wire-format records: looks the writer's schema up by id (cached) and decodes into a
 * GenericRecord, or into the generated class with {@code specific.avro.reader=true} (or a class given
 * up front, which then is the reader schema). A null record is a null value (a tombstone). A drop-in for
 * {@code io.confluent.kafka.serializers.KafkaAvroDeserializer}.
 */
public class KafkaAvroDeserializer implements Deserializer<Object> {

    private SchemaRegistryClient client;
    private boolean ownsClient;
    private boolean specificReader;
    private final Class<?> targetClass;
    /**
     * By writer schema id: the reader schema follows from the writer's and this deserializer's settings, which
     * do not change after {@link #configure}, so an id always gets the same reader.
     */
    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    public KafkaAvroDeserializer() {
        this(null, null);
    }

    public KafkaAvroDeserializer(SchemaRegistryClient client) {
        this(client, null);
    }

    /**
     * @param client      a (typically shared) client, or null to build one from the configuration
     * @param targetClass the generated class to read into, or null to choose by the writer's record name
     */
    public KafkaAvroDeserializer(SchemaRegistryClient client, Class<?> targetClass) {
        this.client = client;
        this.targetClass = targetClass;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig config = new AvroSerdeConfig(KafkaAvroSerializer.withUrlIfClientGiven(configs, client));
        this.specificReader = targetClass != null || config.getBoolean(AvroSerdeConfig.SPECIFIC_AVRO_READER);
        AvroClassTrust.trustPackages(config.getList(AvroSerdeConfig.AVRO_TRUSTED_PACKAGES));
        if (client == null) {
            client = RegistryClients.fromConfig(config);
            ownsClient = true;
        }
    }

    @Override
    public Object deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("KafkaAvroDeserializer used before configure()");
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        int id = WireFormat.readSchemaId(buffer);
        Schema writerSchema;
        try {
            writerSchema = client.schemaById(id);
        } catch (RuntimeException e) {
            throw new SerializationException("Cannot get the schema with id " + id + " for a record of topic '" + topic
                    + "': " + e.getMessage(), e);
        }
        int payloadStart = buffer.position();
        int payloadLength = buffer.remaining();
        if (writerSchema.getType() == Schema.Type.BYTES) {
            // Confluent writes a top-level bytes value raw; hand it back the same way.
            byte[] bytes = new byte[payloadLength];
            buffer.get(bytes);
            return bytes;
        }
        try {
            Object value = readerFor(id, writerSchema).read(null,
                    DecoderFactory.get().binaryDecoder(data, payloadStart, payloadLength, null));
            return value instanceof Utf8 ? value.toString() : value;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode a record of topic '" + topic + "' with schema id " + id
                    + " (" + writerSchema.getFullName() + "): " + e.getMessage(), e);
        }
    }

    private DatumReader<Object> readerFor(int id, Schema writerSchema) {
        return readers.computeIfAbsent(id, key -> {
            Schema readerSchema = readerSchema(writerSchema);
            return specificReader && isNamed(writerSchema)
                    ? new SpecificDatumReader<>(writerSchema, readerSchema, SpecificData.get())
                    : new GenericDatumReader<>(writerSchema, readerSchema);
        });
    }

    private Schema readerSchema(Schema writerSchema) {
        if (!specificReader || !isNamed(writerSchema)) {
            return writerSchema;
        }
        if (targetClass != null) {
            return SpecificData.get().getSchema(targetClass);
        }
        Class<?> generated = SpecificData.get().getClass(writerSchema);
        if (generated == null) {
            throw new SerializationException("Could not find class " + writerSchema.getFullName()
                    + " specified in writer's schema whilst finding reader's schema for a SpecificRecord");
        }
        return SpecificData.get().getSchema(generated);
    }

    private static boolean isNamed(Schema schema) {
        return schema.getType() == Schema.Type.RECORD || schema.getType() == Schema.Type.ENUM
                || schema.getType() == Schema.Type.FIXED;
    }

    @Override
    public void close() {
        if (ownsClient && client != null) {
            client.close();
        }
    }
}
