package io.strikeline.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference material that sits beside the project as {@code ../shared} on development machines
 * (real articles, gold events, the Air Force dataset). It is not part of the project: tests that use it
 * skip, saying why, where it is absent. Override the location with {@code -Dstrikeline.shared.dir=...}.
 */
public final class SharedMaterial {

    private SharedMaterial() {
    }

    public static Path root() {
        String configured = System.getProperty("strikeline.shared.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        // Tests run in their module's folder, modules/<name>; the project root is two levels up.
        return Path.of("").toAbsolutePath().getParent().getParent().resolveSibling("shared");
    }

    /** The file under {@code ../shared}, or the test is skipped with a message naming it. */
    public static Path require(String relativePath) {
        Path file = root().resolve(relativePath);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                () -> "Skipped: " + file + " is not here (../shared is development material, absent on this machine)");
        return file;
    }
}
