package io.strikeline.kafka.local;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Server properties of the single-node KRaft cluster.
 *
 * <p>Defaults favour a small footprint on a laptop or CI runner: one node means replication factor 1
 * for Kafka's internal topics; fewer threads and a small log-cleaner buffer keep an idle broker well
 * under 300 MB resident (the cleaner's default 128 MiB dedupe buffer alone costs ~90 MB); internal
 * topics get 5 partitions instead of 50 so the first consumer group and the first transaction do not
 * wait for 50 partitions to be created. Topics are never created implicitly: every strikeline topic
 * is created with explicit partitions, replication and cleanup policy.
 */
record BrokerSettings(Path dataDir, boolean temporary, String host, int port, int controllerPort) {

    static final int NODE_ID = 1;

    Path logDir() {
        return dataDir.resolve("logs");
    }

    Path propertiesFile() {
        return dataDir.resolve("server.properties");
    }

    Properties serverProperties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        // Static voters: the quorum is defined by configuration, so a restart may move the controller
        // to another port without a voter-set change.
        props.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir().toAbsolutePath().toString());

        // One node: internal topics cannot have more than one replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.num.partitions", "5");

        props.put("auto.create.topics.enable", "false");
        props.put("group.initial.rebalance.delay.ms", "0");

        // Footprint.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        props.put("log.cleaner.threads", "1");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        props.put("background.threads", "4");
        props.put("num.recovery.threads.per.data.dir", "1");
        props.put("num.replica.fetchers", "1");
        return props;
    }
}
