package de.thueringen.antrag.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.web.FieldError;

/**
 * Checks submitted data against the service's form as the browser would, and more strictly: the browser is
 * never trusted. Returns the cleaned values (trimmed text, typed numbers and booleans) or the field errors.
 */
final class FormDataValidator {

    /** Upper bounds where the form sets none, so no field can flood the case file. */
    static final int DEFAULT_TEXTFIELD_MAX = 500;
    static final int DEFAULT_TEXTAREA_MAX = 10_000;
    private static final String PREFIX = "data.";

    record Result(Map<String, Object> values, List<FieldError> errors) {
    }

    Result validate(FormSchema schema, JsonNode data) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        if (data == null || !data.isObject()) {
            errors.add(new FieldError("data", "NOT_AN_OBJECT", "Die Formulardaten fehlen oder sind kein Objekt."));
            return new Result(values, errors);
        }
        for (Iterator<String> names = data.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!schema.fields().containsKey(name)) {
                errors.add(new FieldError(PREFIX + name, "UNKNOWN_FIELD", "Dieses Feld gibt es im Formular nicht."));
            }
        }
        for (FormField field : schema.fields().values()) {
            if (field.readonly()) {
                continue; // shown to the citizen, never taken from them
            }
            JsonNode value = data.get(field.key());
            if (isEmpty(value)) {
                if (field.effectivelyRequired()) {
                    errors.add(new FieldError(PREFIX + field.key(), "REQUIRED",
                            "Bitte füllen Sie das Pflichtfeld „" + field.label() + "“ aus."));
                }
                continue;
            }
            Object cleaned = check(field, value, errors);
            if (cleaned != null) {
                values.put(field.key(), cleaned);
            }
        }
        return new Result(values, errors);
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())
                || (value.isArray() && value.isEmpty());
    }

    private Object check(FormField field, JsonNode value, List<FieldError> errors) {
        return switch (field.type()) {
            case "textfield", "textarea" -> checkText(field, value, errors);
            case "number" -> checkNumber(field, value, errors);
            case "checkbox" -> checkCheckbox(field, value, errors);
            case "radio", "select" -> checkOption(field, value, errors);
            case "datetime" -> checkDate(field, value, errors);
            case "checklist", "taglist" -> checkOptions(field, value, errors);
            default -> null;
        };
    }

    private Object checkText(FormField field, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual()) {
            return fail(errors, field, "NOT_TEXT", "„" + field.label() + "“ muss Text sein.");
        }
        String text = value.asText().strip();
        boolean multiline = field.type().equals("textarea");
        if (containsControlCharacters(text, multiline)) {
            return fail(errors, field, "CONTROL_CHARACTERS", "„" + field.label() + "“ enthält unzulässige Steuerzeichen.");
        }
        int max = field.maxLength() != null ? field.maxLength() : (multiline ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXTFIELD_MAX);
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            return fail(errors, field, "TOO_LONG", "„" + field.label() + "“ darf höchstens " + max + " Zeichen lang sein.");
        }
        if (field.minLength() != null && length < field.minLength()) {
            return fail(errors, field, "TOO_SHORT",
                    "„" + field.label() + "“ muss mindestens " + field.minLength() + " Zeichen lang sein.");
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            return fail(errors, field, "PATTERN",
                    "Bitte prüfen Sie die Eingabe im Feld „" + field.label() + "“: Das Format stimmt nicht.");
        }
        return text;
    }

    /** form-js tests patterns like JavaScript's RegExp.test, i.e. anywhere in the text unless anchored. */
    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("Form has an invalid pattern " + pattern, e);
        }
    }

    private static boolean containsControlCharacters(String text, boolean multiline) {
        return text.codePoints().anyMatch(c -> (Character.getType(c) == Character.CONTROL
                && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) || c == 0x2028 || c == 0x2029);
    }

    private Object checkNumber(FormField field, JsonNode value, List<FieldError> errors) {
        if (!value.isNumber()) {
            return fail(errors, field, "NOT_A_NUMBER", "„" + field.label() + "“ muss eine Zahl sein.");
        }
        if (value.isIntegralNumber() && !value.canConvertToLong()) {
            return fail(errors, field, "NOT_A_NUMBER", "„" + field.label() + "“ ist als Zahl zu groß.");
        }
        double number = value.asDouble();
        if (!Double.isFinite(number)) {
            return fail(errors, field, "NOT_A_NUMBER", "„" + field.label() + "“ muss eine endliche Zahl sein.");
        }
        if (field.min() != null && number < field.min()) {
            return fail(errors, field, "TOO_SMALL", "„" + field.label() + "“ muss mindestens " + format(field.min()) + " sein.");
        }
        if (field.max() != null && number > field.max()) {
            return fail(errors, field, "TOO_LARGE", "„" + field.label() + "“ darf höchstens " + format(field.max()) + " sein.");
        }
        return value.isIntegralNumber() ? (Object) value.asLong() : (Object) number;
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number).replace('.', ',');
    }

    private Object checkCheckbox(FormField field, JsonNode value, List<FieldError> errors) {
        if (!value.isBoolean()) {
            return fail(errors, field, "NOT_A_BOOLEAN", "„" + field.label() + "“ muss ja oder nein sein.");
        }
        if (field.effectivelyRequired() && !value.asBoolean()) {
            return fail(errors, field, "REQUIRED", "Bitte bestätigen Sie: „" + field.label() + "“.");
        }
        return value.asBoolean();
    }

    private Object checkOption(FormField field, JsonNode value, List<FieldError> errors) {
        if (!value.isValueNode() || !field.allowedValues().contains(value.asText())) {
            return fail(errors, field, "NOT_AN_OPTION", "Bitte wählen Sie bei „" + field.label() + "“ eine der angebotenen Möglichkeiten.");
        }
        return value.isBoolean() ? (Object) value.asBoolean() : value.asText();
    }

    private Object checkOptions(FormField field, JsonNode value, List<FieldError> errors) {
        if (!value.isArray()) {
            return fail(errors, field, "NOT_A_LIST", "Bitte wählen Sie bei „" + field.label() + "“ aus der Liste.");
        }
        List<String> chosen = new ArrayList<>();
        for (JsonNode option : value) {
            if (!option.isTextual() || !field.allowedValues().contains(option.asText())) {
                return fail(errors, field, "NOT_AN_OPTION", "Bitte wählen Sie bei „" + field.label() + "“ nur angebotene Möglichkeiten.");
            }
            chosen.add(option.asText());
        }
        return chosen;
    }

    private Object checkDate(FormField field, JsonNode value, List<FieldError> errors) {
        if (!value.isTextual()) {
            return fail(errors, field, "NOT_A_DATE", "„" + field.label() + "“ ist kein gültiges Datum.");
        }
        String text = value.asText();
        try {
            if ("datetime".equals(field.dateSubtype())) {
                parseDateTime(text);
            } else if ("time".equals(field.dateSubtype())) {
                parseTime(text);
            } else {
                LocalDate.parse(text);
            }
            return text;
        } catch (DateTimeParseException e) {
            return fail(errors, field, "NOT_A_DATE", "„" + field.label() + "“ ist kein gültiges Datum.");
        }
    }

    private static void parseTime(String text) {
        try {
            LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            OffsetTime.parse(text);
        }
    }

    private static void parseDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            LocalDateTime.parse(text);
        }
    }

    private static Object fail(List<FieldError> errors, FormField field, String code, String message) {
        errors.add(new FieldError(PREFIX + field.key(), code, message));
        return null;
    }
}
