package io.strikeline.serde;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Declares packages whose generated classes Avro may instantiate. Avro 1.12.2 checks every class it
 * loads by name against a process-wide predicate; this adds one predicate (once) that trusts the
 * packages configured through {@code avro.trusted.packages}, on top of whatever the process already trusts.
 */
public final class AvroClassTrust {

    private static final Set<String> TRUSTED_PREFIXES = ConcurrentHashMap.newKeySet();
    private static volatile boolean trustAll;
    private static volatile boolean installed;

    private AvroClassTrust() {
    }

    public static void trustPackages(Collection<String> packages) {
        for (String pkg : packages) {
            String trimmed = pkg.strip();
            if (trimmed.equals("*")) {
                trustAll = true;
            } else if (!trimmed.isEmpty()) {
                TRUSTED_PREFIXES.add(trimmed.endsWith(".") ? trimmed : trimmed + ".");
            }
        }
        install();
    }

    private static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous, AvroClassTrust::isTrusted));
        installed = true;
    }

    private static boolean isTrusted(Class<?> type) {
        if (trustAll) {
            return true;
        }
        String name = type.getName();
        for (String prefix : TRUSTED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
