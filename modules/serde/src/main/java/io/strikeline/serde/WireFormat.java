package io.strikeline.serde;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's framing of a serialized value or key: byte 0 is the magic byte {@code 0x00}, bytes 1-4 the
 * schema id (big-endian int32), the rest the Avro binary encoding of the datum.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** Reads and checks the header; the buffer is left positioned at the start of the Avro payload. */
    public static int readSchemaId(ByteBuffer buffer) {
        if (buffer.remaining() < HEADER_SIZE) {
            throw new SerializationException("Record of " + buffer.remaining()
                    + " bytes is too short for the Confluent wire format (magic byte + 4-byte schema id)");
        }
        byte magic = buffer.get();
        if (magic != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Unknown magic byte 0x%02x: not a record in the Confluent Avro wire format (expected 0x00)", magic));
        }
        return buffer.getInt();
    }

    public static void writeHeader(OutputStream out, int schemaId) {
        try {
            out.write(MAGIC_BYTE);
            out.write(schemaId >>> 24);
            out.write(schemaId >>> 16);
            out.write(schemaId >>> 8);
            out.write(schemaId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
