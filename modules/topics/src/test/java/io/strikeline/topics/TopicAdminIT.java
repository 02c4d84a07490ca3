package io.strikeline.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.testkit.SharedKafka;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedKafka.class)
class TopicAdminIT {

    @Test
    void shouldCreateMissingTopicsWithTheirPartitionsAndConfigsOnceOnly(EmbeddedKafka kafka) throws Exception {
        String compacted = SharedKafka.uniqueName("compacted");
        String kept = SharedKafka.uniqueName("kept");
        List<TopicDefinition> topics = List.of(
                new TopicDefinition(compacted, 3, Map.of("cleanup.policy", "compact")),
                new TopicDefinition(kept, 1, Map.of("cleanup.policy", "delete", "retention.ms", "-1")));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {

            List<String> first = TopicAdmin.ensure(admin, topics, Optional.empty());
            List<String> second = TopicAdmin.ensure(admin, topics, Optional.empty());

            assertThat(first).containsExactlyInAnyOrder(compacted, kept);
            assertThat(second).isEmpty();
            assertThat(admin.describeTopics(List.of(compacted)).allTopicNames().get().get(compacted).partitions())
                    .hasSize(3);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, kept);
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
    }
}
