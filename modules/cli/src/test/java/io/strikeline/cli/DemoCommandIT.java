package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandIT {

    @Test
    void demoIngestsTheSampleReportsAndArticlesAndPrintsSettledTalliesAndTheirAlerts() {
        StringWriter output = new StringWriter();
        CommandLine cli = StrikelineCli.commandLine().setOut(new PrintWriter(output));

        int exitCode = cli.execute("demo");

        assertThat(exitCode).isZero();
        assertThat(output.toString())
                .contains("read 8, produced 7, rejected 1")
                .contains("rejected line 9 -> ingest.dlq")
                .contains("sample articles (demo-articles.jsonl): read 4, produced 4, rejected 0")
                // two of the four articles report attacks; the talks and the strike on Russia give no event
                .contains("16 strike events -> 8 region-day tallies")
                // Air Force HQ (71) and Air Command South (30) reported the same night's Shaheds: one attack,
                // the larger count; plus two missile attacks (12 and 2).
                .containsPattern("UA +Ukraine \\(national total\\) +2025-07-23 +3 +1 +2 .* 85 +54 +4")
                .containsPattern("UA-51 +Odesa +2025-07-24 +2 +1 +- +1 .* 6 +2 +2")
                // an article's drones over Odesa (12 shot down), and its two glide bombs beside the Iskanders on Kharkiv
                .containsPattern("UA-51 +Odesa +2025-07-23 +1 +1 .* 0 +12 +1")
                .containsPattern("UA-63 +Kharkiv +2025-07-23 +3 +1 +1 +1 .* 4 +0 +3")
                // Kharkiv, 2025-07-23: two Iskanders and two glide bombs (3 attacks), one man killed, nothing the week before
                .contains("alerts    3 raised (alerts):")
                .containsPattern("WARNING +events-per-day +UA-63 +2025-07-23 +Kharkiv \\(UA-63\\) on 2025-07-23: 3 events")
                .containsPattern("WARNING +killed +UA-63 +2025-07-23 .*1 killed")
                .containsPattern("WARNING +spike-7d +UA-63 +2025-07-23 .*3.00 times the trailing 7-day mean of 0.00")
                .contains("strikeline demo: done");
    }
}
