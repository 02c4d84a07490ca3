package io.strikeline.ingest;

import io.strikeline.topics.Topic;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;

/**
 * Reads every record of an input, validates it, and sends it to its topic or, refused, to the
 * dead-letter topic with the reason. Nothing is dropped: the summary's counts add up.
 */
public final class FileIngestor<V> {

    private final IngestWriter writer;
    private final Topic<String, V> topic;
    private final Topic<String, byte[]> deadLetters;
    private final BiFunction<RawRecord, Instant, Parsed<V>> parser;

    public FileIngestor(IngestWriter writer, Topic<String, V> topic, Topic<String, byte[]> deadLetters,
            BiFunction<RawRecord, Instant, Parsed<V>> parser) {
        this.writer = writer;
        this.topic = topic;
        this.deadLetters = deadLetters;
        this.parser = parser;
    }

    /** What a run produced: its summary and the keys it wrote (for snapshot reconciliation). */
    public record Result(IngestSummary summary, Set<String> keys) {
    }

    /**
     * @param ingestedAt the ingest time stamped on every record of this run
     * @param progress   told the reader's position after each record
     */
    public Result ingest(RecordReader reader, Instant ingestedAt, LongConsumer progress) throws IOException {
        long read = 0;
        long produced = 0;
        List<IngestSummary.Rejection> rejections = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Candidate candidate;
        while ((candidate = reader.next()) != null) {
            read++;
            RawRecord record = candidate.record();
            String reason = candidate.malformed();
            if (reason == null) {
                Parsed<V> parsed = parser.apply(record, ingestedAt);
                if (parsed.isAccepted()) {
                    writer.send(topic, parsed.key(), parsed.value());
                    keys.add(parsed.key());
                    produced++;
                } else {
                    reason = parsed.rejection();
                }
            }
            if (reason != null) {
                writer.deadLetter(deadLetters, record, reason);
                rejections.add(new IngestSummary.Rejection(record.source(), record.line(), reason));
            }
            progress.accept(reader.position());
        }
        writer.flush();
        return new Result(new IngestSummary(read, produced, rejections), keys);
    }
}
