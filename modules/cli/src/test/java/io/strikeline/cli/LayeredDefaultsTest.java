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

    private static ClusterOptions parseCluster(Map<String, String> env, Properties file) {
        TalliesCommand tallies = new TalliesCommand();
        new CommandLine(tallies).setDefaultValueProvider(new LayeredDefaults(env, file)).parseArgs();
        return tallies.cluster;
    }

    @Test
    void shouldFindTheClusterInTheVariablesKafkaToolsUseBeforeTheFile() {
        ClusterOptions cluster = parseCluster(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "SCHEMA_REGISTRY_URL", "http://registry:8081"),
                file("bootstrap-servers", "file:9092", "schema-registry-url", "http://file:8081"));

        assertThat(cluster.bootstrapServers).isEqualTo("kafka:9092");
        assertThat(cluster.schemaRegistryUrl).isEqualTo("http://registry:8081");
    }

    @Test
    void shouldPreferTheStrikelineVariableToTheCommonOne() {
        assertThat(parseCluster(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "STRIKELINE_BOOTSTRAP_SERVERS", "ours:9092"), new Properties()).bootstrapServers).isEqualTo("ours:9092");
    }

    @Test
    void shouldFallBackToTheEmbeddedStackWhenNothingNamesACluster() {
        ClusterOptions cluster = parseCluster(Map.of(), new Properties());

        assertThat(cluster.bootstrapServers).isEqualTo("localhost:9092");
        assertThat(cluster.schemaRegistryUrl).isEqualTo("http://localhost:8081");
    }

    @Test
    void shouldNameEnvironmentVariablesAfterTheLongOption() {
        assertThat(LayeredDefaults.environmentName("data-dir")).isEqualTo("STRIKELINE_DATA_DIR");
    }
}
