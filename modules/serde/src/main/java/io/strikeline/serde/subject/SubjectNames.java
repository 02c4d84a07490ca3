package io.strikeline.serde.subject;

import java.util.Locale;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/** Resolves a configured strategy name (ours, Confluent's class names, or a class) to an instance. */
public final class SubjectNames {

    private static final Map<String, Class<? extends SubjectNameStrategy>> KNOWN = Map.of(
            "topicnamestrategy", TopicNameStrategy.class,
            "recordnamestrategy", RecordNameStrategy.class,
            "topicrecordnamestrategy", TopicRecordNameStrategy.class);
    private static final String CONFLUENT_PACKAGE = "io.confluent.kafka.serializers.subject.";

    private SubjectNames() {
    }

    public static SubjectNameStrategy strategy(String key, String configured) {
        String name = configured.strip();
        String simple = name.startsWith(CONFLUENT_PACKAGE) ? name.substring(CONFLUENT_PACKAGE.length()) : name;
        if (simple.startsWith(SubjectNames.class.getPackageName() + ".")) {
            simple = simple.substring(SubjectNames.class.getPackageName().length() + 1);
        }
        Class<? extends SubjectNameStrategy> known = KNOWN.get(simple.toLowerCase(Locale.ROOT));
        try {
            if (known != null) {
                return known.getDeclaredConstructor().newInstance();
            }
            Class<?> custom = Class.forName(name, true, Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : SubjectNames.class.getClassLoader());
            if (!SubjectNameStrategy.class.isAssignableFrom(custom)) {
                throw new ConfigException(key, configured, "not a " + SubjectNameStrategy.class.getName());
            }
            return (SubjectNameStrategy) custom.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConfigException(key, configured,
                    "unknown strategy; use TopicNameStrategy, RecordNameStrategy, TopicRecordNameStrategy or a class name");
        } catch (ReflectiveOperationException e) {
            throw new ConfigException(key, configured, "cannot instantiate: " + e);
        }
    }

    /** Full name of a named schema; record-based strategies cannot name primitive schemas. */
    static String fullName(Schema schema) {
        switch (schema.getType()) {
            case RECORD:
            case ENUM:
            case FIXED:
                return schema.getFullName();
            default:
                throw new org.apache.kafka.common.errors.SerializationException(
                        "Record-name subject strategies need a named schema (record, enum or fixed), got "
                                + schema.getType());
        }
    }
}
