package io.strikeline.cli;

import io.strikeline.avro.Article;
import io.strikeline.enrich.ArticleNormalizer;
import io.strikeline.extract.ArticleText;
import io.strikeline.ingest.Candidate;
import io.strikeline.ingest.IngestSummary;
import io.strikeline.ingest.JsonLinesReader;
import io.strikeline.ingest.Parsed;
import io.strikeline.ingest.articles.ArticleParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An article file (JSON Lines) read for the extractor without Kafka, each line validated exactly as
 * {@code strikeline ingest articles} validates it, so what extracts offline would ingest too.
 */
final class ArticleFile {

    /** ArticleParser stamps an ingest time that an ArticleText does not carry: any instant will do. */
    private static final Instant NOT_INGESTED = Instant.EPOCH;

    private ArticleFile() {
    }

    /**
     * @param accepted given each valid article, in file order
     * @return lines read, articles accepted (as "produced") and the rejected lines with their reasons
     */
    static IngestSummary read(Path file, Consumer<ArticleText> accepted) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + " is not a readable file");
        }
        long read = 0;
        List<IngestSummary.Rejection> rejections = new ArrayList<>();
        try (JsonLinesReader reader = new JsonLinesReader(Files.newBufferedReader(file, StandardCharsets.UTF_8),
                file.getFileName().toString())) {
            Candidate candidate;
            while ((candidate = reader.next()) != null) {
                read++;
                String reason = candidate.malformed();
                if (reason == null) {
                    Parsed<Article> parsed = ArticleParser.parse(candidate.record(), NOT_INGESTED);
                    if (parsed.isAccepted()) {
                        accepted.accept(ArticleNormalizer.text(parsed.value()));
                        continue;
                    }
                    reason = parsed.rejection();
                }
                rejections.add(new IngestSummary.Rejection(candidate.record().source(), candidate.record().line(), reason));
            }
        }
        return new IngestSummary(read, read - rejections.size(), rejections);
    }

    /** One line per rejected line, as {@code ingest} prints them: {@code rejected FILE:LINE: reason}. */
    static void printRejections(IngestSummary summary, PrintWriter err) {
        for (IngestSummary.Rejection rejection : summary.rejections()) {
            err.println("rejected " + rejection.source() + ":" + rejection.line() + ": " + rejection.reason());
        }
    }
}
