package io.strikeline.bench;

import io.strikeline.extract.ArticleExtractor;
import io.strikeline.extract.ArticleText;
import io.strikeline.extract.ExtractedEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Articles per second through the extractor on one thread, for 1-3 KB articles ({@link SyntheticArticles}).
 * The goal is at least 5,000. {@code modules/bench/extraction.sh} runs it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ArticleExtractionBenchmark {

    private ArticleExtractor extractor;
    private List<ArticleText> articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        extractor = ArticleExtractor.create();
        articles = SyntheticArticles.generate(500, 11);
        // the gazetteer loads on first use: not part of what is measured
        extractor.extract(articles.get(0));
    }

    /** One article per call, cycling through the set; returns the events so that nothing is optimised away. */
    @Benchmark
    public List<ExtractedEvent> extractOneArticle() {
        ArticleText article = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return extractor.extract(article);
    }
}
