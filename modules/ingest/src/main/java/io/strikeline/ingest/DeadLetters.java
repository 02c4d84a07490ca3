package io.strikeline.ingest;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Dead-letter records: the raw bytes of what was refused, keyed {@code source:line}, with the reason
 * and origin in headers, so a person (or a fixed parser) can find, read and replay every one of them.
 */
public final class DeadLetters {

    public static final String REASON = "dlq.reason";
    public static final String SOURCE = "dlq.source";
    public static final String LINE = "dlq.line";
    public static final String STAGE = "dlq.stage";

    private DeadLetters() {
    }

    public static ProducerRecord<String, byte[]> record(String topic, String stage, RawRecord rejected, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(SOURCE, rejected.source().getBytes(StandardCharsets.UTF_8));
        headers.add(LINE, Long.toString(rejected.line()).getBytes(StandardCharsets.UTF_8));
        headers.add(STAGE, stage.getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, rejected.source() + ":" + rejected.line(), rejected.raw(), headers);
    }

    /** A header's text, or null. */
    public static String header(org.apache.kafka.common.header.Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
