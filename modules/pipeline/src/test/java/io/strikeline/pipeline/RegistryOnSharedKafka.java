package io.strikeline.pipeline;

import io.strikeline.kafka.local.EmbeddedKafka;
import io.strikeline.registry.RegistryConfig;
import io.strikeline.registry.SchemaRegistryServer;
import io.strikeline.registry.storage.StorageConfig;
import io.strikeline.testkit.SharedKafka;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The broker and schema registry a pipeline runs on in a test class: the shared broker ({@link SharedKafka}),
 * and a registry on it with a schemas topic of its own, started before the class's tests and closed after them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RegistryOnSharedKafka STACK = new RegistryOnSharedKafka();
 * }</pre>
 */
final class RegistryOnSharedKafka implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedKafka kafka;
    private SchemaRegistryServer registry;

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = SharedKafka.broker(context);
        registry = SchemaRegistryServer.start(RegistryConfig.local(kafka.bootstrapServers())
                .withStorage(StorageConfig.of(kafka.bootstrapServers()).withTopic(SharedKafka.uniqueName("_schemas"))));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        registry.close();
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    String registryUrl() {
        return registry.url();
    }
}
