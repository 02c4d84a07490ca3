package io.strikeline.kafka.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    private final BrokerSettings settings = new BrokerSettings(Path.of("/tmp/k"), true, "localhost", 19092, 19093);

    @Test
    void shouldDescribeASingleNodeKraftClusterOnTheChosenPorts() {
        Properties props = settings.serverProperties();

        assertThat(props.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(props.getProperty("controller.quorum.voters")).isEqualTo("1@localhost:19093");
        assertThat(props.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://localhost:19092");
        assertThat(props.getProperty("log.dirs")).isEqualTo(Path.of("/tmp/k/logs").toAbsolutePath().toString());
        assertThat(props.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(props.getProperty("transaction.state.log.min.isr")).isEqualTo("1");
    }

    @Test
    void shouldKeepTheLogCleanerBufferSmallAndNeverCreateTopicsImplicitly() {
        Properties props = settings.serverProperties();

        assertThat(Long.parseLong(props.getProperty("log.cleaner.dedupe.buffer.size"))).isLessThanOrEqualTo(4L << 20);
        assertThat(props.getProperty("auto.create.topics.enable")).isEqualTo("false");
    }
}
