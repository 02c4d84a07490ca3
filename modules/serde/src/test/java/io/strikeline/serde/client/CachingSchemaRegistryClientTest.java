package io.strikeline.serde.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class CachingSchemaRegistryClientTest {

    private static final Schema A = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"A\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}");

    /** Counts calls; answers as a registry with one schema would. */
    private static final class CountingClient implements SchemaRegistryClient {
        final AtomicInteger calls = new AtomicInteger();
        int latestVersion = 1;

        @Override
        public int register(String subject, Schema schema) {
            calls.incrementAndGet();
            return 11;
        }

        @Override
        public int idOf(String subject, Schema schema) {
            calls.incrementAndGet();
            return 11;
        }

        @Override
        public Schema schemaById(int id) {
            calls.incrementAndGet();
            return A;
        }

        @Override
        public RegisteredSchema latest(String subject) {
            calls.incrementAndGet();
            return new RegisteredSchema(subject, latestVersion, 11, A);
        }
    }

    @Test
    void shouldAskTheRegistryOncePerSubjectAndSchema() {
        CountingClient registry = new CountingClient();
        CachingSchemaRegistryClient cached = new CachingSchemaRegistryClient(registry, 10, Duration.ofSeconds(-1));

        for (int i = 0; i < 100; i++) {
            assertThat(cached.register("s", A)).isEqualTo(11);
            assertThat(cached.schemaById(11)).isEqualTo(A);
        }

        // The registered schema also answers the id lookup: one call in all.
        assertThat(registry.calls).hasValue(1);
    }

    @Test
    void shouldRefreshTheLatestVersionAfterItsTimeToLive() {
        CountingClient registry = new CountingClient();
        AtomicLong now = new AtomicLong();
        CachingSchemaRegistryClient cached =
                new CachingSchemaRegistryClient(registry, 10, Duration.ofSeconds(60), now::get);

        cached.latest("s");
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        registry.latestVersion = 2;
        assertThat(cached.latest("s").version()).isEqualTo(1);

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cached.latest("s").version()).isEqualTo(2);
        assertThat(registry.calls).hasValue(2);
    }

    @Test
    void shouldRefuseMoreDistinctSchemasPerSubjectThanConfigured() {
        CachingSchemaRegistryClient cached = new CachingSchemaRegistryClient(new CountingClient(), 1, Duration.ofSeconds(-1));
        cached.register("s", A);
        Schema other = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"B\",\"fields\":[]}");

        assertThatThrownBy(() -> cached.register("s", other))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("max.schemas.per.subject");
    }
}
