package io.strikeline.cli;

import static io.strikeline.cli.OfflineCommands.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.cli.OfflineCommands.Result;
import org.junit.jupiter.api.Test;

/** What {@code strikeline replay} refuses before it connects to anything. */
class ReplayCommandTest {

    @Test
    void shouldRefuseATopicThatIsNotReplayable() {
        Result result = run("replay", "--from", "tallies.region-day", "--since", "2025-07-01", "--suffix", "v2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("one of [strike-reports.raw, articles.raw, strike-events]");
    }

    @Test
    void shouldRefuseStrikeEventsTogetherWithARawTopic() {
        Result result = run("replay", "--from", "strike-events,articles.raw", "--since", "2025-07-01",
                "--suffix", "v2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("strike-events cannot be replayed together with a raw topic");
    }

    @Test
    void shouldRefuseARangeThatEndsBeforeItStarts() {
        Result result = run("replay", "--from", "strike-events", "--since", "2025-07-02", "--until", "2025-07-01",
                "--suffix", "v2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("starts on 2025-07-02, after its last day 2025-07-01");
    }

    @Test
    void shouldRefuseASuffixThatIsNotAName() {
        Result result = run("replay", "--from", "strike-events", "--since", "2025-07-01", "--suffix", "v 2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("The suffix 'v 2' is not a name such as v2");
    }

    @Test
    void shouldRequireTheTopicTheFirstDayAndTheSuffix() {
        Result result = run("replay");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--from", "--since", "--suffix");
    }
}
