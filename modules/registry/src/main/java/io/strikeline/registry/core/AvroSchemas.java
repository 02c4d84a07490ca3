package io.strikeline.registry.core;

import org.apache.avro.Schema;
import org.apache.avro.AvroRuntimeException;

/** Parsing of submitted schema text, and the canonical text under which schemas are compared and kept. */
public final class AvroSchemas {

    private AvroSchemas() {
    }

    /** Parses a schema string or refuses it with 42201. Default values are validated, as Confluent does. */
    public static Schema parse(String schemaText) {
        if (schemaText == null || schemaText.isBlank()) {
            throw RegistryException.invalidSchema("empty schema");
        }
        try {
            return new Schema.Parser().setValidateDefaults(true).parse(schemaText);
        } catch (AvroRuntimeException | NullPointerException | IllegalArgumentException e) {
            throw RegistryException.invalidSchema(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /**
     * Avro's own JSON rendering of the parsed schema: white space and attribute order no longer matter,
     * while documentation and custom properties (which are part of a schema's contract) still do.
     */
    public static String canonical(Schema schema) {
        return schema.toString();
    }
}
