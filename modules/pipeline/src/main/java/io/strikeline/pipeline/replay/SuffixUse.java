package io.strikeline.pipeline.replay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;

/**
 * What on the cluster already carries a replay's suffix: its topics, the consumer groups of its application
 * ids, and their internal topics. A replay refuses such a suffix rather than resume or add to it: copying a
 * slice a second time would give the stages its records twice, and the state a first run left in its
 * changelogs would be restored into the second.
 */
final class SuffixUse {

    private static final long TIMEOUT_SECONDS = 30;

    private SuffixUse() {
    }

    /** {@code topic NAME} and {@code consumer group ID} for each one that exists; empty when the suffix is free. */
    static List<String> find(Admin admin, Collection<String> topics, Collection<String> applicationIds)
            throws InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Set<String> groups = admin.listGroups().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId).collect(Collectors.toSet());
            List<String> found = new ArrayList<>();
            topics.stream().filter(existing::contains).sorted().forEach(topic -> found.add("topic " + topic));
            for (String applicationId : applicationIds) {
                // Changelogs are named <application id>-<store>-changelog.
                existing.stream().filter(topic -> topic.startsWith(applicationId + "-")).sorted()
                        .forEach(topic -> found.add("topic " + topic));
                if (groups.contains(applicationId)) {
                    found.add("consumer group " + applicationId);
                }
            }
            return found;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot list the cluster's topics and groups: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out listing the cluster's topics and groups", e);
        }
    }
}
