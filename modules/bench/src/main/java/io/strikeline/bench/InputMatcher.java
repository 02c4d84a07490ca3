package io.strikeline.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * Which input a downstream record (a tally, or an alert that carries one) includes. Every input has region-days
 * of its own (see {@link LatencyInputs}), so a record of region-day R can only include the input R belongs to,
 * and it does when its {@code last_updated} is that input's {@code ingested_at} (the newest ingest among the
 * events it counts; inputs have distinct ones). Records of a region-day no input has, or with another
 * {@code last_updated}, are unmatched; a region-day's later records are repeats. One matcher per downstream
 * topic, used by one thread.
 */
final class InputMatcher {

    /** {@code first}: the input's first region-day seen; {@code complete}: now all of them have been seen. */
    record Match(int input, boolean first, boolean complete) {
    }

    private final Map<String, Integer> inputOfRegionDay = new HashMap<>();
    private final int[] regionDays;
    private final int[] regionDaysLeft;
    private final Set<String> seen = new HashSet<>();
    private final IntToLongFunction ingestedAtMillis;
    private long unmatched;
    private long repeats;

    /**
     * @param regionDaysOfInputs the region-days of input 0, 1, ...
     * @param ingestedAtMillis   the {@code ingested_at} of an input, by index
     */
    InputMatcher(List<Set<String>> regionDaysOfInputs, IntToLongFunction ingestedAtMillis) {
        this.regionDays = new int[regionDaysOfInputs.size()];
        this.ingestedAtMillis = ingestedAtMillis;
        for (int input = 0; input < regionDaysOfInputs.size(); input++) {
            for (String regionDay : regionDaysOfInputs.get(input)) {
                if (inputOfRegionDay.put(regionDay, input) != null) {
                    throw new IllegalArgumentException("region-day " + regionDay + " belongs to two inputs");
                }
                regionDays[input]++;
            }
        }
        this.regionDaysLeft = regionDays.clone();
    }

    /** The input the record includes, when this is the first record of that region-day; else null. */
    Match accept(String regionDay, long lastUpdatedMillis) {
        Integer input = inputOfRegionDay.get(regionDay);
        if (input == null || ingestedAtMillis.applyAsLong(input) != lastUpdatedMillis) {
            unmatched++;
            return null;
        }
        if (!seen.add(regionDay)) {
            repeats++;
            return null;
        }
        int left = --regionDaysLeft[input];
        return new Match(input, left == regionDays[input] - 1, left == 0);
    }

    long unmatched() {
        return unmatched;
    }

    long repeats() {
        return repeats;
    }
}
