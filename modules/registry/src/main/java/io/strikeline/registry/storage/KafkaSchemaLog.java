package io.strikeline.registry.storage;

import io.strikeline.registry.core.CompatibilityLevel;
import io.strikeline.registry.core.LogRecord;
import io.strikeline.registry.core.RegistryException;
import io.strikeline.registry.core.RegistryState;
import io.strikeline.registry.core.SchemaStore;
import io.strikeline.registry.core.WritePlan;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's state kept in a single-partition, compacted Kafka topic.
 *
 * <p>Reading: a background thread consumes the topic from the beginning ({@code read_committed}) and
 * applies every record to the in-memory {@link RegistryState}; any number of instances reading the same
 * topic build the same state, and a restarted instance rebuilds it, ids included.
 *
 * <p>Writing: all instances share one transactional id. Initialising a transactional producer fences
 * every earlier one, and a send from a fenced producer fails, so at most one instance can commit to the
 * log at a time. A write (1) catches up with the log, (2) plans against that state, (3) commits the plan
 * in one transaction and (4) waits until its own reader has applied it (read-your-writes). If another
 * instance fenced it in between, it re-initialises, catches up and plans again: two instances can never
 * hand out the same id or version.
 */
public final class KafkaSchemaLog implements SchemaStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSchemaLog.class);
    private static final int MAX_WRITE_ATTEMPTS = 5;

    private final StorageConfig config;
    private final TopicPartition partition;
    private final RegistryState state;
    private final ReentrantReadWriteLock stateLock = new ReentrantReadWriteLock();
    private final Object positionMonitor = new Object();
    private final Object writeLock = new Object();
    private final Admin admin;
    private final Thread reader;
    private volatile boolean running = true;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private long appliedPosition;
    private Throwable readerFailure;
    private KafkaProducer<byte[], byte[]> producer;

    private KafkaSchemaLog(StorageConfig config, CompatibilityLevel defaultLevel) {
        this.config = config;
        this.partition = new TopicPartition(config.topic(), 0);
        this.state = new RegistryState(defaultLevel);
        this.admin = Admin.create(clientProperties(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.timeout().toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.timeout().toMillis())));
        this.reader = new Thread(this::readLoop, "schema-log-reader-" + config.topic());
        this.reader.setDaemon(true);
    }

    /**
     * Creates the topic if needed, starts reading it and returns once everything already in it has
     * been loaded.
     */
    public static KafkaSchemaLog open(StorageConfig config, CompatibilityLevel defaultLevel) {
        KafkaSchemaLog log = new KafkaSchemaLog(config, defaultLevel);
        try {
            SchemaTopic.ensure(log.admin, config);
            log.reader.start();
            log.catchUp();
            return log;
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
    }

    @Override
    public <T> T read(Function<RegistryState, T> query) {
        stateLock.readLock().lock();
        try {
            return query.apply(state);
        } finally {
            stateLock.readLock().unlock();
        }
    }

    @Override
    public <T> T readLatest(Function<RegistryState, T> query) {
        catchUp();
        return read(query);
    }

    @Override
    public <T> T write(Function<RegistryState, WritePlan<T>> planner) {
        synchronized (writeLock) {
            KafkaException lastFailure = null;
            for (int attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
                try {
                    ensureProducer();
                    catchUp();
                    WritePlan<T> plan = read(planner);
                    if (plan.records().isEmpty()) {
                        return plan.result();
                    }
                    long lastOffset = appendInTransaction(plan.records());
                    LOG.debug("Committed {} record(s) to {} up to offset {}", plan.records().size(), config.topic(),
                            lastOffset);
                    awaitPosition(lastOffset + 1);
                    return plan.result();
                } catch (ProducerFencedException | InvalidProducerEpochException e) {
                    // Another instance wrote since our producer was initialised: start over from its state.
                    LOG.debug("Schema log writer fenced (attempt {}): {}", attempt, e.toString());
                    lastFailure = e;
                    closeProducer();
                } catch (KafkaException e) {
                    LOG.warn("Schema log write failed (attempt {}): {}", attempt, e.toString());
                    lastFailure = e;
                    closeProducer();
                }
            }
            throw RegistryException.storeError("could not write to " + config.topic() + " after "
                    + MAX_WRITE_ATTEMPTS + " attempts", lastFailure);
        }
    }

    /** Waits until this instance has applied everything committed to the log up to now. */
    public void catchUp() {
        long target;
        try {
            target = admin.listOffsets(Map.of(partition, OffsetSpec.latest()),
                            new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .partitionResult(partition)
                    .get(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .offset();
        } catch (ExecutionException e) {
            throw RegistryException.storeError("cannot read the end of " + config.topic(), e.getCause());
        } catch (TimeoutException e) {
            throw RegistryException.storeTimeout("reading the end of " + config.topic());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RegistryException.storeError("interrupted", e);
        }
        awaitPosition(target);
    }

    private long appendInTransaction(List<LogRecord> records) {
        producer.beginTransaction();
        try {
            long last = -1;
            for (LogRecord record : records) {
                LogRecordCodec.Encoded encoded = LogRecordCodec.encode(record);
                last = producer.send(new ProducerRecord<>(config.topic(), 0, encoded.key(), encoded.value()))
                        .get(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                        .offset();
            }
            producer.commitTransaction();
            return last;
        } catch (ExecutionException e) {
            abortQuietly();
            throw e.getCause() instanceof KafkaException kafka ? kafka : new KafkaException(e.getCause());
        } catch (TimeoutException e) {
            abortQuietly();
            throw new KafkaException("timed out appending to " + config.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abortQuietly();
            throw new KafkaException("interrupted", e);
        }
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            LOG.debug("Abort after a failed append failed too: {}", e.toString());
        }
    }

    private void ensureProducer() {
        if (producer != null) {
            return;
        }
        int timeoutMs = (int) config.timeout().toMillis();
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.transactionalId());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        // A crashed writer's open transaction blocks readers until it times out or the next writer aborts it.
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, Math.max(timeoutMs, 10_000));
        KafkaProducer<byte[], byte[]> created = new KafkaProducer<>(clientProperties(props),
                new ByteArraySerializer(), new ByteArraySerializer());
        try {
            created.initTransactions();
        } catch (KafkaException e) {
            created.close(Duration.ZERO);
            throw e;
        }
        producer = created;
        LOG.debug("Initialised the transactional writer of {}", config.topic());
    }

    private void closeProducer() {
        if (producer != null) {
            // A fenced or failed writer has nothing worth flushing.
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void readLoop() {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "schema-log-reader-" + config.topic());
        try (KafkaConsumer<byte[], byte[]> kafkaConsumer = new KafkaConsumer<>(clientProperties(props),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer = kafkaConsumer;
            kafkaConsumer.assign(List.of(partition));
            kafkaConsumer.seekToBeginning(List.of(partition));
            while (running) {
                var records = kafkaConsumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    stateLock.writeLock().lock();
                    try {
                        for (ConsumerRecord<byte[], byte[]> record : records) {
                            LogRecord decoded = LogRecordCodec.decode(record.key(), record.value());
                            if (decoded instanceof LogRecord.Ignored ignored) {
                                LOG.debug("Skipping {} offset {}: {}", config.topic(), record.offset(), ignored.reason());
                            }
                            state.apply(decoded);
                        }
                    } finally {
                        stateLock.writeLock().unlock();
                    }
                }
                publishPosition(kafkaConsumer.position(partition));
            }
        } catch (WakeupException e) {
            if (running) {
                failReader(e);
            }
        } catch (RuntimeException e) {
            LOG.error("Schema log reader for {} stopped", config.topic(), e);
            failReader(e);
        }
    }

    private void publishPosition(long position) {
        synchronized (positionMonitor) {
            if (position != appliedPosition) {
                appliedPosition = position;
                positionMonitor.notifyAll();
            }
        }
    }

    private void failReader(Throwable failure) {
        synchronized (positionMonitor) {
            readerFailure = failure;
            positionMonitor.notifyAll();
        }
    }

    private void awaitPosition(long target) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        synchronized (positionMonitor) {
            while (appliedPosition < target) {
                if (readerFailure != null) {
                    throw RegistryException.storeError("the reader of " + config.topic() + " failed", readerFailure);
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw RegistryException.storeTimeout("reading " + config.topic() + " up to offset " + target
                            + " (at " + appliedPosition + ")");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(positionMonitor, remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw RegistryException.storeError("interrupted", e);
                }
            }
        }
    }

    private Map<String, Object> clientProperties(Map<String, Object> specific) {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.putAll(specific);
        return props;
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            reader.join(config.timeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (writeLock) {
            closeProducer();
        }
        admin.close(Duration.ofSeconds(5));
    }
}
