package io.strikeline.serde;

import java.io.OutputStream;
import java.util.Arrays;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/**
 * A growable byte buffer and a buffered Avro encoder over it, reused by one thread for record after record.
 * Serializing is on the hot path of every stage: a direct encoder over a {@link java.io.ByteArrayOutputStream}
 * takes a lock per byte and a fresh encoder per record, which cost more than the encoding itself.
 */
final class EncodeBuffer extends OutputStream {

    private static final int MAX_RETAINED = 1 << 20;
    private static final ThreadLocal<EncodeBuffer> PER_THREAD = ThreadLocal.withInitial(EncodeBuffer::new);

    private byte[] bytes = new byte[512];
    private int count;
    private BinaryEncoder encoder;

    private EncodeBuffer() {
    }

    /** This thread's buffer, emptied. */
    static EncodeBuffer forThisThread() {
        EncodeBuffer buffer = PER_THREAD.get();
        buffer.count = 0;
        return buffer;
    }

    /** A buffered encoder writing into this buffer; flush it before {@link #toByteArray()}. */
    BinaryEncoder encoder() {
        encoder = EncoderFactory.get().binaryEncoder(this, encoder);
        return encoder;
    }

    /** After a failed encoding: its encoder may hold part of a record, which must not reach the next one. */
    void dropEncoder() {
        encoder = null;
    }

    @Override
    public void write(int b) {
        ensureCapacity(count + 1);
        bytes[count++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        ensureCapacity(count + length);
        System.arraycopy(source, offset, bytes, count, length);
        count += length;
    }

    /** A copy of what was written; a buffer grown by an unusually large record is then let go. */
    byte[] toByteArray() {
        byte[] copy = Arrays.copyOf(bytes, count);
        if (bytes.length > MAX_RETAINED) {
            bytes = new byte[512];
        }
        return copy;
    }

    private void ensureCapacity(int needed) {
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
