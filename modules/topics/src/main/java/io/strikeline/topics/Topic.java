package io.strikeline.topics;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/** A topic as the code sees it: where it is and how its keys and values are (de)serialized. */
public record Topic<K, V>(TopicDefinition definition, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }

    public String name() {
        return definition.name();
    }
}
