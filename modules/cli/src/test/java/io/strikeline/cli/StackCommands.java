package io.strikeline.cli;

import io.strikeline.cli.OfflineCommands.Result;
import io.strikeline.cli.stack.EmbeddedPipeline;
import java.util.Arrays;

/** Runs commands as {@code main} does (through {@link OfflineCommands}) against the broker and registry of a running stack. */
final class StackCommands {

    private final EmbeddedPipeline running;

    StackCommands(EmbeddedPipeline running) {
        this.running = running;
    }

    /** The command with the stack's {@code --bootstrap-servers} and {@code --schema-registry-url} added. */
    Result run(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--bootstrap-servers";
        all[args.length + 1] = running.stack().bootstrapServers();
        all[args.length + 2] = "--schema-registry-url";
        all[args.length + 3] = running.stack().registryUrl();
        return OfflineCommands.run(all);
    }
}
