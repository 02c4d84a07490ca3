package io.strikeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code strikeline} command. {@code main} only builds the command line and exits with its code. */
@Command(name = "strikeline",
        mixinStandardHelpOptions = true,
        versionProvider = StrikelineCli.Version.class,
        description = "Strike reports and news articles about Russia's attacks on Ukraine -> Avro strike events"
                + " and region x day tallies on Kafka, and alerts over them.",
        subcommands = {UpCommand.class, DemoCommand.class, IngestCommand.class, TalliesCommand.class, AlertsCommand.class,
            ReplayCommand.class,
            ExtractCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class StrikelineCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The same with commands built by {@code factory}, through which tests hand commands their stand-ins. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(new StrikelineCli(), factory)
                .setDefaultValueProvider(LayeredDefaults.fromEnvironment())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((error, commandLine, parseResult) -> {
                    if (!(error instanceof UserError)) {
                        throw error;
                    }
                    commandLine.getErr().println("strikeline: " + error.getMessage());
                    return 2;
                });
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StrikelineCli.class.getPackage().getImplementationVersion();
            return new String[] {"strikeline " + (version == null ? "(development build)" : version)};
        }
    }
}
