package io.strikeline.serde.subject;

import org.apache.avro.Schema;

/** {@code <topic>-<record full name>}: one lineage per record type per topic (several types per topic). */
public final class TopicRecordNameStrategy implements SubjectNameStrategy {

    @Override
    public String subjectName(String topic, boolean isKey, Schema schema) {
        return topic + "-" + SubjectNames.fullName(schema);
    }
}
