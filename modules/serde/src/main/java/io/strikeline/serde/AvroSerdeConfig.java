package io.strikeline.serde;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.types.Password;

/**
 * Configuration of the Avro serializer and deserializer, under the keys Confluent's serdes use, so an
 * existing Confluent configuration works unchanged. Validated by Kafka's {@link ConfigDef}: a bad value
 * fails {@code configure()} with a message naming the key.
 */
public final class AvroSerdeConfig extends AbstractConfig {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String LATEST_COMPATIBILITY_STRICT = "latest.compatibility.strict";
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String MAX_SCHEMAS_PER_SUBJECT = "max.schemas.per.subject";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Confluent accepts the user info under this prefixed name too. */
    public static final String SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
    public static final String SSL_PREFIX = "schema.registry.ssl.";
    public static final String SSL_TRUSTSTORE_LOCATION = SSL_PREFIX + "truststore.location";
    public static final String SSL_TRUSTSTORE_PASSWORD = SSL_PREFIX + "truststore.password";
    public static final String SSL_TRUSTSTORE_TYPE = SSL_PREFIX + "truststore.type";
    public static final String SSL_KEYSTORE_LOCATION = SSL_PREFIX + "keystore.location";
    public static final String SSL_KEYSTORE_PASSWORD = SSL_PREFIX + "keystore.password";
    public static final String SSL_KEYSTORE_TYPE = SSL_PREFIX + "keystore.type";
    public static final String SSL_KEY_PASSWORD = SSL_PREFIX + "key.password";
    /**
     * strikeline's addition: packages whose generated classes Avro may load. Avro 1.12.2 refuses any
     * class whose package is not trusted (when writing generated classes, and when reading with
     * {@code specific.avro.reader=true}), so a schema written by a stranger cannot make a reader load
     * arbitrary classes.
     */
    public static final String AVRO_TRUSTED_PACKAGES = "avro.trusted.packages";

    public static final String TOPIC_NAME_STRATEGY = "TopicNameStrategy";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, Type.LIST, ConfigDef.NO_DEFAULT_VALUE, Importance.HIGH,
                    "Comma-separated URLs of the schema registry instances; tried in turn when one is unreachable.")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Register the record's schema under its subject when serializing.")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW,
                    "Serialize with the subject's latest registered schema instead of the record's own.")
            .define(LATEST_COMPATIBILITY_STRICT, Type.BOOLEAN, true, Importance.LOW,
                    "With use.latest.version: refuse records whose schema the latest version cannot read.")
            .define(LATEST_CACHE_TTL_SEC, Type.LONG, -1L, Importance.LOW,
                    "How long the latest version of a subject is cached; -1 caches it for the serde's lifetime.")
            .define(SPECIFIC_AVRO_READER, Type.BOOLEAN, false, Importance.LOW,
                    "Deserialize into generated SpecificRecord classes instead of GenericRecord.")
            .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, Importance.LOW,
                    "How key subjects are named: TopicNameStrategy, RecordNameStrategy, TopicRecordNameStrategy"
                            + " (Confluent's class names accepted), or a SubjectNameStrategy class.")
            .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, Importance.LOW,
                    "How value subjects are named; same choices as key.subject.name.strategy.")
            .define(MAX_SCHEMAS_PER_SUBJECT, Type.INT, 1000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Most distinct schemas cached per subject, a guard against schemas generated per record.")
            .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, "URL",
                    ValidString.in("URL", "USER_INFO", "SASL_INHERIT"), Importance.MEDIUM,
                    "Where basic-auth credentials come from: USER_INFO (basic.auth.user.info) or URL (user:pass@host).")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.MEDIUM,
                    "user:password for basic auth, with basic.auth.credentials.source=USER_INFO.")
            .define(SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.LOW,
                    "Alias of basic.auth.user.info.")
            .define(HTTP_CONNECT_TIMEOUT_MS, Type.INT, 10_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Timeout for connecting to a registry instance.")
            .define(HTTP_READ_TIMEOUT_MS, Type.INT, 10_000, ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Timeout for a registry response.")
            .define(MAX_RETRIES, Type.INT, 3, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "Retries of a registry request after a connection failure, timeout or 5xx.")
            .define(RETRIES_WAIT_MS, Type.INT, 200, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "First wait between retries; doubled each time.")
            .define(RETRIES_MAX_WAIT_MS, Type.INT, 2000, ConfigDef.Range.atLeast(0), Importance.LOW,
                    "Longest wait between retries.")
            .define(SSL_TRUSTSTORE_LOCATION, Type.STRING, null, Importance.LOW, "Trust store for https registries.")
            .define(SSL_TRUSTSTORE_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Trust store password.")
            .define(SSL_TRUSTSTORE_TYPE, Type.STRING, "JKS", Importance.LOW, "Trust store type (JKS, PKCS12).")
            .define(SSL_KEYSTORE_LOCATION, Type.STRING, null, Importance.LOW, "Key store for mutual TLS.")
            .define(SSL_KEYSTORE_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Key store password.")
            .define(SSL_KEYSTORE_TYPE, Type.STRING, "JKS", Importance.LOW, "Key store type (JKS, PKCS12).")
            .define(SSL_KEY_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Password of the key in the key store.")
            .define(AVRO_TRUSTED_PACKAGES, Type.LIST, "io.strikeline.avro", Importance.LOW,
                    "Packages whose SpecificRecord classes the deserializer may instantiate ('*' trusts all).");

    public AvroSerdeConfig(Map<String, ?> props) {
        super(DEFINITION, props, false);
    }

    public List<String> registryUrls() {
        return getList(SCHEMA_REGISTRY_URL);
    }

    /** The configured user info, whichever of Confluent's two names carries it. */
    public String basicAuthUserInfo() {
        Password info = getPassword(BASIC_AUTH_USER_INFO);
        if (info == null || info.value().isEmpty()) {
            info = getPassword(SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO);
        }
        return info == null ? "" : info.value();
    }

    public String subjectNameStrategy(boolean isKey) {
        return getString(isKey ? KEY_SUBJECT_NAME_STRATEGY : VALUE_SUBJECT_NAME_STRATEGY);
    }

    /** A password setting's value, or null. */
    public String password(String key) {
        Password password = getPassword(key);
        return password == null ? null : password.value();
    }
}
