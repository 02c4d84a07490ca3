package io.strikeline.serde.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SubjectNamesTest {

    private static final Schema EVENT = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"StrikeEvent\",\"namespace\":\"io.strikeline.avro\",\"fields\":[]}");

    private static String subject(String strategy, boolean isKey) {
        return SubjectNames.strategy("value.subject.name.strategy", strategy).subjectName("strike-events", isKey, EVENT);
    }

    @Test
    void shouldNameSubjectsLikeConfluentsStrategies() {
        assertThat(subject("TopicNameStrategy", false)).isEqualTo("strike-events-value");
        assertThat(subject("TopicNameStrategy", true)).isEqualTo("strike-events-key");
        assertThat(subject("RecordNameStrategy", false)).isEqualTo("io.strikeline.avro.StrikeEvent");
        assertThat(subject("TopicRecordNameStrategy", false)).isEqualTo("strike-events-io.strikeline.avro.StrikeEvent");
    }

    @Test
    void shouldAcceptConfluentsClassNamesSoExistingConfigurationsWork() {
        assertThat(subject("io.confluent.kafka.serializers.subject.RecordNameStrategy", false))
                .isEqualTo("io.strikeline.avro.StrikeEvent");
        assertThat(subject("io.confluent.kafka.serializers.subject.TopicNameStrategy", true))
                .isEqualTo("strike-events-key");
        assertThat(subject(TopicRecordNameStrategy.class.getName(), false))
                .isEqualTo("strike-events-io.strikeline.avro.StrikeEvent");
    }

    @Test
    void shouldInstantiateACustomStrategyClass() {
        assertThat(subject(UpperCaseStrategy.class.getName(), false)).isEqualTo("STRIKE-EVENTS");
    }

    @Test
    void shouldRefuseUnknownStrategiesNamingTheKey() {
        assertThatThrownBy(() -> subject("NoSuchStrategy", false))
                .isInstanceOf(ConfigException.class).hasMessageContaining("value.subject.name.strategy");
        assertThatThrownBy(() -> subject(String.class.getName(), false)).isInstanceOf(ConfigException.class);
    }

    @Test
    void shouldRefuseRecordNamesForPrimitiveSchemas() {
        assertThatThrownBy(() -> SubjectNames.strategy("k", "RecordNameStrategy")
                .subjectName("t", true, Schema.create(Schema.Type.STRING)))
                .isInstanceOf(SerializationException.class);
    }

    public static final class UpperCaseStrategy implements SubjectNameStrategy {
        @Override
        public String subjectName(String topic, boolean isKey, Schema schema) {
            return topic.toUpperCase(java.util.Locale.ROOT);
        }
    }
}
