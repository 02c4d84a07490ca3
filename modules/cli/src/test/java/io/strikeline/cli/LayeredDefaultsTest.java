package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LayeredDefaultsTest {

    private static UpCommand parseUp(Map<String, String> env, Properties file, String... args) {
        UpCommand up = new UpCommand();
        new CommandLine(up).setDefaultValueProvider(new LayeredDefaults(env, file)).parseArgs(args);
        return up;
    }

    private static Properties file(String... keyValues) {
        Properties props = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    @Test
    void shouldUseTheBuiltInDefaultWhenNothingElseIsSet() {
        assertThat(parseUp(Map.of(), new Properties()).kafkaPort).isEqualTo(9092);
    }

    @Test
    void shouldLetTheFileOverrideTheDefault() {
        assertThat(parseUp(Map.of(), file("kafka-port", "19092")).kafkaPort).isEqualTo(19092);
    }

    @Test
    void shouldLetACommandSpecificFileKeyOverrideTheGeneralOne() {
        assertThat(parseUp(Map.of(), file("kafka-port", "19092", "up.kafka-port", "29092")).kafkaPort).isEqualTo(29092);
    }

    @Test
    void shouldLetTheEnvironmentOverrideTheFile() {
        assertThat(parseUp(Map.of("STRIKELINE_KAFKA_PORT", "39092"), file("up.kafka-port", "29092")).kafkaPort)
                .isEqualTo(39092);
    }

    @Test
    void shouldLetTheCommandLineOverrideEverything() {
        assertThat(parseUp(Map.of("STRIKELINE_KAFKA_PORT", "39092"), file("kafka-port", "19092"),
                "--kafka-port", "49092").kafkaPort).isEqualTo(49092);
    }

    @Test
    void shouldNameEnvironmentVariablesAfterTheLongOption() {
        assertThat(LayeredDefaults.environmentName("data-dir")).isEqualTo("STRIKELINE_DATA_DIR");
    }
}
