package io.strikeline.pipeline.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SliceSelectionTest {

    private static final LocalDate BEFORE = LocalDate.of(2025, 7, 22);
    private static final LocalDate FIRST = LocalDate.of(2025, 7, 23);
    private static final LocalDate LAST = LocalDate.of(2025, 7, 24);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 25);

    private final SliceSelection selection = new SliceSelection(new DayRange(FIRST, LAST));

    private static byte[] key(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldTakeOnlyTheLatestVersionOfAKeyDatedInTheRange() {
        selection.value(0, 0, key("r-1"), FIRST);
        selection.value(0, 1, key("r-1"), LAST);

        assertThat(selection.selects(0, 0, key("r-1"))).isFalse();
        assertThat(selection.selects(0, 1, key("r-1"))).isTrue();
        assertThat(selection.size()).isEqualTo(1);
    }

    @Test
    void shouldTakeBothEndsOfTheRangeAndNothingBeyond() {
        selection.value(0, 0, key("before"), BEFORE);
        selection.value(0, 1, key("first"), FIRST);
        selection.value(0, 2, key("last"), LAST);
        selection.value(0, 3, key("after"), AFTER);

        assertThat(selection.selects(0, 0, key("before"))).isFalse();
        assertThat(selection.selects(0, 1, key("first"))).isTrue();
        assertThat(selection.selects(0, 2, key("last"))).isTrue();
        assertThat(selection.selects(0, 3, key("after"))).isFalse();
    }

    @Test
    void shouldLeaveOutAKeyWhoseCorrectionMovedItOutOfTheRange() {
        selection.value(0, 0, key("r-1"), LAST);
        selection.value(0, 1, key("r-1"), AFTER);

        assertThat(selection.selects(0, 0, key("r-1"))).isFalse();
        assertThat(selection.selects(0, 1, key("r-1"))).isFalse();
        assertThat(selection.size()).isZero();
    }

    @Test
    void shouldTakeAKeyCorrectedIntoTheRangeWithoutItsEarlierVersion() {
        selection.value(0, 0, key("r-1"), BEFORE);
        selection.value(0, 1, key("r-1"), FIRST);

        assertThat(selection.selects(0, 0, key("r-1"))).isFalse();
        assertThat(selection.selects(0, 1, key("r-1"))).isTrue();
    }

    @Test
    void shouldLeaveOutEveryVersionOfAKeyWhoseLatestRecordIsATombstone() {
        selection.value(0, 0, key("r-1"), FIRST);
        selection.tombstone(0, key("r-1"));

        assertThat(selection.selects(0, 0, key("r-1"))).isFalse();
        assertThat(selection.size()).isZero();
    }

    @Test
    void shouldTakeAKeyThatCameBackAfterATombstone() {
        selection.value(0, 0, key("r-1"), FIRST);
        selection.tombstone(0, key("r-1"));
        selection.value(0, 2, key("r-1"), FIRST);

        assertThat(selection.selects(0, 2, key("r-1"))).isTrue();
    }

    @Test
    void shouldTellTheSameKeyInTwoPartitionsApartAsCompactionDoes() {
        selection.value(0, 0, key("r-1"), FIRST);
        selection.value(1, 0, key("r-1"), AFTER);

        assertThat(selection.selects(0, 0, key("r-1"))).isTrue();
        assertThat(selection.selects(1, 0, key("r-1"))).isFalse();
    }
}
