package de.thueringen.antrag.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The input fields of a Camunda Form (form-js schema), read from the deployed form. */
final class FormSchema {

    private static final Set<String> INPUT_TYPES =
            Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "datetime", "taglist");

    private final String formId;
    private final Map<String, FormField> fields;

    private FormSchema(String formId, Map<String, FormField> fields) {
        this.formId = formId;
        this.fields = Collections.unmodifiableMap(fields);
    }

    static FormSchema parse(InputStream json, ObjectMapper mapper) throws IOException {
        JsonNode root = mapper.readTree(json);
        Map<String, FormField> fields = new LinkedHashMap<>();
        collect(root.path("components"), false, fields);
        return new FormSchema(root.path("id").asText(null), fields);
    }

    /** Groups nest components; a condition on a group applies to everything inside it. */
    private static void collect(JsonNode components, boolean insideConditional, Map<String, FormField> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            boolean conditional = insideConditional || component.has("conditional");
            if (component.has("components")) {
                collect(component.path("components"), conditional, fields);
            }
            if (!INPUT_TYPES.contains(type) || !component.hasNonNull("key")) {
                continue;
            }
            JsonNode validate = component.path("validate");
            List<String> values = new ArrayList<>();
            component.path("values").forEach(option -> values.add(option.path("value").asText()));
            fields.put(component.get("key").asText(), new FormField(
                    component.get("key").asText(), type, component.path("label").asText(component.get("key").asText()),
                    validate.path("required").asBoolean(false),
                    validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                    validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
                    validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
                    validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
                    List.copyOf(values),
                    component.path("subtype").asText(null),
                    component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
                    conditional));
        }
    }

    String formId() {
        return formId;
    }

    Map<String, FormField> fields() {
        return fields;
    }
}
