package io.strikeline.ingest;

import io.strikeline.avro.Article;
import io.strikeline.avro.StrikeReport;
import io.strikeline.ingest.articles.ArticleParser;
import io.strikeline.ingest.reports.ReportParser;
import io.strikeline.topics.StrikelineTopics;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/** File ingest entry points: strike reports (CSV or JSON Lines) and articles (JSON Lines). */
public final class Ingest {

    private final String bootstrapServers;
    private final Map<String, Object> clientProperties;
    private final StrikelineTopics topics;
    private final IngestWriter writer;
    private final Clock clock;

    public Ingest(String bootstrapServers, Map<String, Object> clientProperties, StrikelineTopics topics,
            IngestWriter writer, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.clientProperties = Map.copyOf(clientProperties);
        this.topics = topics;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @param snapshot the file is the whole dataset: reports ingested from a file that this one no longer
     *                 holds are deleted. Not done if any row was rejected: a rejected row may be a report the
     *                 topic holds, and deleting it for a parse error would lose it.
     */
    public IngestSummary reports(Path file, boolean snapshot, LongConsumer progress) throws IOException {
        FileIngestor<StrikeReport> ingestor = new FileIngestor<>(writer, topics.strikeReports(), topics.ingestDlq(),
                ReportParser::parse);
        FileIngestor.Result result;
        try (RecordReader reader = openReports(file)) {
            result = ingestor.ingest(reader, clock.instant(), progress);
        }
        if (!snapshot) {
            return result.summary();
        }
        IngestSummary summary = result.summary();
        if (summary.rejected() > 0) {
            return summary.withNote("snapshot not reconciled (nothing tombstoned) because rows were rejected;"
                    + " fix them and ingest the file again");
        }
        // Reports pushed over HTTP are not part of any file's dataset.
        List<String> removed = SnapshotReconciler.tombstoneMissing(bootstrapServers, clientProperties,
                topics.strikeReports(), result.keys(), report -> report.getSourceFile() != null, writer);
        return summary.withTombstoned(removed.size());
    }

    public IngestSummary articles(Path file, LongConsumer progress) throws IOException {
        if (!isJsonLines(file)) {
            throw new IngestException(file + ": articles are read from JSON Lines files (.jsonl)");
        }
        FileIngestor<Article> ingestor = new FileIngestor<>(writer, topics.articles(), topics.ingestDlq(),
                ArticleParser::parse);
        try (RecordReader reader = new JsonLinesReader(open(file), file.getFileName().toString())) {
            return ingestor.ingest(reader, clock.instant(), progress).summary();
        }
    }

    private static RecordReader openReports(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (isJsonLines(file)) {
            return new JsonLinesReader(open(file), name);
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new IngestException(file + ": strike reports are read from .csv or .jsonl files");
        }
        BufferedReader in = open(file);
        boolean handedOver = false;
        try {
            CsvRecordReader reader = CsvRecordReader.open(in, name);
            List<String> missing = ReportParser.missingColumns(reader.header());
            if (!missing.isEmpty()) {
                throw new IngestException(file + " lacks the column(s) " + missing + "; its header is "
                        + reader.header());
            }
            handedOver = true;
            return reader;
        } catch (IOException e) {
            throw new IngestException(file + ": " + e.getMessage());
        } finally {
            if (!handedOver) {
                in.close();
            }
        }
    }

    private static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static BufferedReader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IngestException(file + " is not a readable file");
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }
}
