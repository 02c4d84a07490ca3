package io.strikeline.alerts.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a spike rule compares a day with its trailing days. */
public enum SpikeStatistic {
    /** The day's value over the trailing mean. */
    RATIO,
    /** How many standard deviations the day's value lies above the trailing mean. */
    ZSCORE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SpikeStatistic> byLabel(String label) {
        return Arrays.stream(values()).filter(statistic -> statistic.label().equals(label)).findFirst();
    }
}
