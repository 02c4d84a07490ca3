package io.strikeline.bench;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The harnesses' command lines: {@code --name value} options and repeated {@code --streams KEY=VALUE}. */
final class BenchArgs {

    private final String[] args;

    BenchArgs(String[] args) {
        this.args = args.clone();
    }

    Optional<String> value(String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Optional.of(args[i + 1]);
            }
        }
        return Optional.empty();
    }

    int intValue(String name, int defaultValue) {
        return value(name).map(Integer::parseInt).orElse(defaultValue);
    }

    /** Every {@code --streams KEY=VALUE}: Kafka Streams settings for every stage, to compare tunings. */
    Map<String, Object> streamsOverrides() {
        Map<String, Object> overrides = new TreeMap<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--streams")) {
                String[] setting = args[i + 1].split("=", 2);
                if (setting.length != 2) {
                    throw new IllegalArgumentException("--streams takes KEY=VALUE, not " + args[i + 1]);
                }
                overrides.put(setting[0], setting[1]);
            }
        }
        return overrides;
    }
}
