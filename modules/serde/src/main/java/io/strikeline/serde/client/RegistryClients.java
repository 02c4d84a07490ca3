package io.strikeline.serde.client;

import io.strikeline.serde.AvroSerdeConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.ConfigException;

/** Builds the registry client a serde uses from Confluent-style serde configuration. */
public final class RegistryClients {

    private RegistryClients() {
    }

    public static CachingSchemaRegistryClient fromConfig(AvroSerdeConfig config) {
        return new CachingSchemaRegistryClient(new RestSchemaRegistryClient(settings(config)),
                config.getInt(AvroSerdeConfig.MAX_SCHEMAS_PER_SUBJECT),
                Duration.ofSeconds(config.getLong(AvroSerdeConfig.LATEST_CACHE_TTL_SEC)));
    }

    static RegistryClientSettings settings(AvroSerdeConfig config) {
        List<String> urls = new ArrayList<>();
        String userInfoFromUrl = null;
        for (String url : config.registryUrls()) {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new ConfigException(AvroSerdeConfig.SCHEMA_REGISTRY_URL, url, "not an http(s) URL");
            }
            if (uri.getRawUserInfo() != null) {
                userInfoFromUrl = uri.getUserInfo();
            }
            urls.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath()));
        }
        Optional<String> authorization = switch (config.getString(AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE)) {
            case "USER_INFO" -> basic(config.basicAuthUserInfo(), AvroSerdeConfig.BASIC_AUTH_USER_INFO);
            case "URL" -> userInfoFromUrl == null ? Optional.empty()
                    : basic(userInfoFromUrl, AvroSerdeConfig.SCHEMA_REGISTRY_URL);
            default -> throw new ConfigException(AvroSerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "SASL_INHERIT",
                    "not supported by strikeline's serde; use USER_INFO");
        };
        return new RegistryClientSettings(urls, authorization,
                Duration.ofMillis(config.getInt(AvroSerdeConfig.HTTP_CONNECT_TIMEOUT_MS)),
                Duration.ofMillis(config.getInt(AvroSerdeConfig.HTTP_READ_TIMEOUT_MS)),
                config.getInt(AvroSerdeConfig.MAX_RETRIES),
                Duration.ofMillis(config.getInt(AvroSerdeConfig.RETRIES_WAIT_MS)),
                Duration.ofMillis(config.getInt(AvroSerdeConfig.RETRIES_MAX_WAIT_MS)),
                sslContext(config));
    }

    private static Optional<String> basic(String userInfo, String key) {
        if (userInfo == null || !userInfo.contains(":")) {
            throw new ConfigException(key, "(hidden)", "basic auth needs 'user:password'");
        }
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<SSLContext> sslContext(AvroSerdeConfig config) {
        String trustStore = config.getString(AvroSerdeConfig.SSL_TRUSTSTORE_LOCATION);
        String keyStore = config.getString(AvroSerdeConfig.SSL_KEYSTORE_LOCATION);
        if (trustStore == null && keyStore == null) {
            return Optional.empty();
        }
        try {
            TrustManagerFactory trust = null;
            if (trustStore != null) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(trustStore, config.getString(AvroSerdeConfig.SSL_TRUSTSTORE_TYPE),
                        config.password(AvroSerdeConfig.SSL_TRUSTSTORE_PASSWORD)));
            }
            KeyManagerFactory keys = null;
            if (keyStore != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                String keyPassword = config.password(AvroSerdeConfig.SSL_KEY_PASSWORD);
                String storePassword = config.password(AvroSerdeConfig.SSL_KEYSTORE_PASSWORD);
                keys.init(load(keyStore, config.getString(AvroSerdeConfig.SSL_KEYSTORE_TYPE), storePassword),
                        chars(keyPassword != null ? keyPassword : storePassword));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(),
                    null);
            return Optional.of(context);
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException(AvroSerdeConfig.SSL_PREFIX + "*", "(stores)", "cannot load: " + e.getMessage());
        }
    }

    private static KeyStore load(String location, String type, String password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            store.load(in, chars(password));
        }
        return store;
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }
}
