package io.strikeline.registry.core;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Decides whether a new schema may join a subject, using Avro's own reader/writer compatibility rules
 * ({@link SchemaCompatibility#checkReaderWriterCompatibility}) for every pair the level asks for.
 */
public final class CompatibilityChecker {

    private CompatibilityChecker() {
    }

    /**
     * @param candidate the schema being registered or tested
     * @param earlier   the subject's live versions, oldest first
     * @return human-readable reasons for each incompatibility; empty when compatible
     */
    public static List<String> incompatibilities(CompatibilityLevel level, Schema candidate, List<Schema> earlier) {
        if (level == CompatibilityLevel.NONE || earlier.isEmpty()) {
            return List.of();
        }
        List<Schema> checked = level.transitive() ? earlier : List.of(earlier.get(earlier.size() - 1));
        List<String> problems = new ArrayList<>();
        for (Schema old : checked) {
            if (level.newReadsOld()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, old), "new schema reading old data",
                        problems);
            }
            if (level.oldReadsNew()) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(old, candidate), "old schema reading new data",
                        problems);
            }
        }
        return problems;
    }

    private static void describe(SchemaPairCompatibility result, String direction, List<String> problems) {
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        result.getResult().getIncompatibilities().forEach(incompatibility -> problems.add(
                "{" + direction + ": " + incompatibility.getType() + " at '" + incompatibility.getLocation() + "': "
                        + incompatibility.getMessage() + "}"));
    }
}
