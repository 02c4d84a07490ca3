package io.strikeline.serde;

import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.errors.SerializationException;

/** The Avro schema of a value handed to the serializer, for the types Confluent's serializer accepts. */
final class AvroData {

    private static final Map<Class<?>, Schema> PRIMITIVES = Map.of(
            Boolean.class, Schema.create(Schema.Type.BOOLEAN),
            Integer.class, Schema.create(Schema.Type.INT),
            Long.class, Schema.create(Schema.Type.LONG),
            Float.class, Schema.create(Schema.Type.FLOAT),
            Double.class, Schema.create(Schema.Type.DOUBLE),
            String.class, Schema.create(Schema.Type.STRING),
            byte[].class, Schema.create(Schema.Type.BYTES));
    private static final Schema STRING = Schema.create(Schema.Type.STRING);

    private AvroData() {
    }

    static Schema schemaOf(Object value) {
        if (value instanceof GenericContainer container) {
            return container.getSchema();
        }
        Schema primitive = PRIMITIVES.get(value.getClass());
        if (primitive != null) {
            return primitive;
        }
        if (value instanceof CharSequence) {
            return STRING;
        }
        throw new SerializationException("Unsupported Avro type " + value.getClass().getName()
                + ": serialize records (SpecificRecord, GenericRecord), enums, fixed, or primitives");
    }
}
