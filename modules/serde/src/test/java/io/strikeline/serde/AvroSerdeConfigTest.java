package io.strikeline.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class AvroSerdeConfigTest {

    @Test
    void shouldDefaultLikeConfluent() {
        AvroSerdeConfig config = new AvroSerdeConfig(Map.of("schema.registry.url", "http://a:8081,http://b:8081"));

        assertThat(config.registryUrls()).containsExactly("http://a:8081", "http://b:8081");
        assertThat(config.getBoolean("auto.register.schemas")).isTrue();
        assertThat(config.getBoolean("use.latest.version")).isFalse();
        assertThat(config.getBoolean("specific.avro.reader")).isFalse();
        assertThat(config.subjectNameStrategy(false)).isEqualTo("TopicNameStrategy");
    }

    @Test
    void shouldRequireTheRegistryUrl() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
    }

    @Test
    void shouldRefuseAnUnknownCredentialsSourceNamingTheKey() {
        assertThatThrownBy(() -> new AvroSerdeConfig(Map.of("schema.registry.url", "http://a:1",
                "basic.auth.credentials.source", "TOKEN")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("basic.auth.credentials.source");
    }

    @Test
    void shouldReadUserInfoUnderEitherOfConfluentsNames() {
        assertThat(new AvroSerdeConfig(Map.of("schema.registry.url", "http://a:1",
                "schema.registry.basic.auth.user.info", "u:p")).basicAuthUserInfo()).isEqualTo("u:p");
        assertThat(new AvroSerdeConfig(Map.of("schema.registry.url", "http://a:1",
                "basic.auth.user.info", "x:y")).basicAuthUserInfo()).isEqualTo("x:y");
    }
}
