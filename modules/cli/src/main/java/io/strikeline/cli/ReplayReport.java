package io.strikeline.cli;

import io.strikeline.pipeline.replay.ReplayRequest;
import io.strikeline.pipeline.replay.ReplaySource;
import io.strikeline.pipeline.replay.ReplaySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code strikeline replay} prints: what it copied, the stages it ran, what they wrote. */
final class ReplayReport {

    private ReplayReport() {
    }

    static List<String> lines(ReplaySummary summary) {
        ReplayRequest request = summary.request();
        List<String> lines = new ArrayList<>();
        lines.add("strikeline replay: " + request.sources().stream().map(ReplaySource::topicName)
                .collect(Collectors.joining(", ")) + ", days " + request.days() + ", suffix " + request.nameSuffix());
        for (ReplaySummary.Copy copy : summary.copies()) {
            lines.add(String.format(Locale.ROOT, "  copied    %s -> %s: read %d, copied %d, skipped %d (other days,"
                    + " earlier versions, retracted)", copy.from(), copy.to(), copy.read(), copy.copied(),
                    copy.skipped())
                    + (copy.unreadable() == 0 ? "" : String.format(Locale.ROOT, ", unreadable %d (no key or a value"
                    + " that cannot be read: passed over, as the live stage dead-letters them)", copy.unreadable())));
        }
        lines.add(String.format(Locale.ROOT, "  stages    %s: caught up in %.1f s",
                String.join(", ", summary.applicationIds()), summary.settled().toMillis() / 1000.0));
        lines.add(String.format(Locale.ROOT, "  wrote     %d strike events -> %s, %d region-day tallies -> %s",
                summary.events(), summary.eventsTopic(), summary.tallies(), summary.talliesTopic()));
        return lines;
    }
}
