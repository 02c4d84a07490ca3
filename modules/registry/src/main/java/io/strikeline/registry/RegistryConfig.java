package io.strikeline.registry;

import io.strikeline.registry.core.CompatibilityLevel;
import io.strikeline.registry.storage.StorageConfig;
import java.util.Objects;

/**
 * Settings of one registry instance.
 *
 * @param host            interface to listen on
 * @param port            HTTP port; 0 picks a free one
 * @param storage         the Kafka log that holds the registry's state
 * @param defaultLevel    global compatibility level until one is set through the API
 * @param maxRequestBytes largest request body accepted; larger ones get 413
 */
public record RegistryConfig(String host, int port, StorageConfig storage, CompatibilityLevel defaultLevel,
        long maxRequestBytes) {

    public static final long DEFAULT_MAX_REQUEST_BYTES = 4L * 1024 * 1024;

    public RegistryConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024, was " + maxRequestBytes);
        }
    }

    /** Loopback, a free port, BACKWARD compatibility and a 4 MiB request limit, over the given broker. */
    public static RegistryConfig local(String bootstrapServers) {
        return new RegistryConfig("localhost", 0, StorageConfig.of(bootstrapServers), CompatibilityLevel.BACKWARD,
                DEFAULT_MAX_REQUEST_BYTES);
    }

    public RegistryConfig withStorage(StorageConfig newStorage) {
        return new RegistryConfig(host, port, newStorage, defaultLevel, maxRequestBytes);
    }

    public RegistryConfig withMaxRequestBytes(long newMax) {
        return new RegistryConfig(host, port, storage, defaultLevel, newMax);
    }
}
