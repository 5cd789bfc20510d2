package de.thueringen.antrag.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every Camunda Form parses, uses the schema version Tasklist 7.24 renders (form-js 1.8: 16), only components
 * form-js 1.8 knows, unique ids and keys, and German labels on its inputs.
 */
class FormLintTest {

    private static final Set<String> FORM_JS_1_8 = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
            "radio", "select", "taglist", "datetime", "text", "group", "spacer", "separator", "image", "button", "default");
    private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
            "radio", "select", "taglist", "datetime");

    static Stream<Path> forms() {
        return DesignerFiles.list("forms", ".form").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void formIsRenderableByTasklist(Path file) {
        JsonNode form = DesignerFiles.readJson(file);
        assertThat(form.path("id").asText()).as(file + ": id").isNotBlank();
        assertThat(form.path("schemaVersion").asInt()).as(file + ": schemaVersion").isBetween(1, 16);
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        check(file, form, ids, keys);
        assertThat(keys).as(file + ": has input fields or is a pure display").isNotNull();
    }

    private static void check(Path file, JsonNode container, Set<String> ids, Set<String> keys) {
        for (JsonNode component : container.path("components")) {
            String type = component.path("type").asText();
            String where = file + ": component " + component.path("id").asText("?") + " (" + type + ")";
            assertThat(FORM_JS_1_8).as(where + " known to form-js 1.8").contains(type);
            assertThat(component.path("id").asText()).as(where + " id").isNotBlank();
            assertThat(ids.add(component.path("id").asText())).as(where + " unique id").isTrue();
            if (INPUTS.contains(type)) {
                String key = component.path("key").asText();
                assertThat(key).as(where + " key").isNotBlank();
                assertThat(keys.add(key)).as(where + " unique key " + key).isTrue();
                // date fields carry their label as dateLabel / timeLabel
                String label = component.path("label").asText(component.path("dateLabel").asText(component.path("timeLabel").asText()));
                assertThat(label).as(where + " label").isNotBlank();
            }
            check(file, component, ids, keys);
        }
    }

    @Test
    void formIdsAreUniqueAcrossAllForms() {
        Set<String> ids = new HashSet<>();
        forms().forEach(file -> assertThat(ids.add(DesignerFiles.readJson(file).path("id").asText()))
                .as(file + ": form id used once").isTrue());
    }
}
