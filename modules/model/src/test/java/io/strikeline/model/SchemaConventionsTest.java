package io.strikeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema folder is the contract with every downstream consumer, so its house rules are checked
 * here rather than left to review: one named type per file, one namespace, documentation everywhere,
 * and optional fields that old readers can skip.
 */
class SchemaConventionsTest {

    private static final String NAMESPACE = "io.strikeline.avro";

    static Path schemasDir() {
        return Path.of(System.getProperty("strikeline.schemas.dir", "../../schemas"));
    }

    static Stream<Path> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(schemasDir())) {
            return files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList().stream();
        }
    }

    @Test
    void schemaFolderHoldsTheDocumentedTypes() throws IOException {
        List<String> names = schemaFiles().map(p -> p.getFileName().toString()).toList();
        assertThat(names).contains(
                "Article.avsc", "StrikeReport.avsc", "StrikeEvent.avsc", "RegionDayTally.avsc", "Alert.avsc");
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void eachFileDeclaresOneDocumentedTypeNamedAfterTheFileInTheProjectNamespace(Path file) throws IOException {
        Schema schema = parseWithImports(file);
        String fileStem = file.getFileName().toString().replace(".avsc", "");

        assertThat(declaredIn(file)).as("named types declared in %s", file.getFileName())
                .containsExactly(NAMESPACE + "." + fileStem);
        assertThat(schema.getName()).isEqualTo(fileStem);
        assertThat(schema.getNamespace()).isEqualTo(NAMESPACE);
        assertThat(schema.getDoc()).as("doc of %s", schema.getFullName()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void everyFieldIsDocumentedAndOptionalFieldsDefaultToNull(Path file) throws IOException {
        Schema schema = parseWithImports(file);
        if (schema.getType() != Schema.Type.RECORD) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            if (field.doc() == null || field.doc().isBlank()) {
                problems.add(field.name() + ": no doc");
            }
            Schema type = field.schema();
            if (type.isUnion()) {
                List<Schema> branches = type.getTypes();
                boolean nullFirst = branches.size() == 2 && branches.get(0).getType() == Schema.Type.NULL;
                if (!nullFirst) {
                    problems.add(field.name() + ": unions must be [\"null\", T]");
                } else if (!field.hasDefaultValue() || field.defaultVal() != JsonProperties.NULL_VALUE) {
                    problems.add(field.name() + ": optional field without \"default\": null");
                }
            }
            if (!field.name().equals(field.name().toLowerCase(Locale.ROOT))) {
                problems.add(field.name() + ": field names are snake_case");
            }
        }
        assertThat(problems).as("convention problems in %s", file.getFileName()).isEmpty();
    }

    @Test
    void enumsDeclareADefaultSoReadersSurviveNewSymbols() throws IOException {
        List<String> withoutDefault = new ArrayList<>();
        for (Path file : schemaFiles().toList()) {
            Schema schema = parseWithImports(file);
            if (schema.getType() == Schema.Type.ENUM && schema.getEnumDefault() == null) {
                withoutDefault.add(schema.getName());
            }
        }
        assertThat(withoutDefault).isEmpty();
    }

    /**
     * The full names of the types {@code file} itself declares, a type nested inline in it included and a
     * type it only refers to excluded: what the parser reports having parsed from that file.
     */
    private static List<String> declaredIn(Path file) throws IOException {
        SchemaParser parser = new SchemaParser();
        SchemaParser.ParseResult fromFile = null;
        for (Path each : schemaFiles().toList()) {
            SchemaParser.ParseResult result = parser.parse(each);
            if (each.equals(file)) {
                fromFile = result;
            }
        }
        return fromFile.parsedNamedSchemas().stream().map(Schema::getFullName).toList();
    }

    /**
     * Parses every file of the folder with one parser, so a reference to a type declared in a sibling
     * file resolves, and returns the type declared in {@code file}.
     */
    private static Schema parseWithImports(Path file) throws IOException {
        SchemaParser parser = new SchemaParser();
        for (Path each : schemaFiles().toList()) {
            parser.parse(each);
        }
        String fullName = NAMESPACE + "." + file.getFileName().toString().replace(".avsc", "");
        return parser.getParsedNamedSchemas().stream()
                .filter(schema -> schema.getFullName().equals(fullName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + " does not declare " + fullName));
    }
}
