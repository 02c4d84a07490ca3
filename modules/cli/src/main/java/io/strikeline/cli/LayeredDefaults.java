package io.strikeline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option values from outside the command line, in the documented order: built-in defaults < properties
 * file < environment < command line. Picocli consults this provider only for options absent from the
 * command line; the provider answers from the environment first, then the file, else leaves the
 * built-in default.
 *
 * <p>Names: option {@code --data-dir} of {@code strikeline up} is {@code STRIKELINE_DATA_DIR} in the
 * environment and {@code data-dir} (or {@code up.data-dir}, which wins for that command) in the file.
 * The file is {@code $STRIKELINE_CONFIG}, else {@code ./strikeline.properties} when it exists. The cluster
 * options also answer to the variables Kafka tools use ({@code KAFKA_BOOTSTRAP_SERVERS},
 * {@code SCHEMA_REGISTRY_URL}), after their {@code STRIKELINE_} names and still before the file.
 */
public final class LayeredDefaults implements CommandLine.IDefaultValueProvider {

    static final String CONFIG_FILE_ENV = "STRIKELINE_CONFIG";
    static final String DEFAULT_CONFIG_FILE = "strikeline.properties";
    /** Environment variables other tools already set for the same thing, by option name. */
    private static final Map<String, String> COMMON_ENVIRONMENT = Map.of(
            "bootstrap-servers", "KAFKA_BOOTSTRAP_SERVERS",
            "schema-registry-url", "SCHEMA_REGISTRY_URL");

    private final Map<String, String> environment;
    private final Properties file;

    LayeredDefaults(Map<String, String> environment, Properties file) {
        this.environment = environment;
        this.file = file;
    }

    public static LayeredDefaults fromEnvironment() {
        Map<String, String> env = System.getenv();
        String configured = env.get(CONFIG_FILE_ENV);
        Path path = Path.of(configured != null ? configured : DEFAULT_CONFIG_FILE);
        Properties properties = new Properties();
        if (configured != null && !Files.isRegularFile(path)) {
            throw new CommandLine.InitializationException(CONFIG_FILE_ENV + " names " + path + ", which is not a file");
        }
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        return new LayeredDefaults(env, properties);
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) {
            return null;
        }
        String name = option.longestName().replaceFirst("^-+", "");
        String fromEnvironment = environment.get(environmentName(name));
        if (fromEnvironment == null && COMMON_ENVIRONMENT.containsKey(name)) {
            fromEnvironment = environment.get(COMMON_ENVIRONMENT.get(name));
        }
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        String command = option.command() == null ? null : option.command().name();
        String forCommand = command == null ? null : file.getProperty(command + "." + name);
        return forCommand != null ? forCommand : file.getProperty(name);
    }

    static String environmentName(String optionName) {
        return "STRIKELINE_" + optionName.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
