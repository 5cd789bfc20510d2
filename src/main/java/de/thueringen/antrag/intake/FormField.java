package de.thueringen.antrag.intake;

import java.util.List;

/**
 * An input field of a Camunda Form, as far as the server checks it.
 *
 * @param allowedValues for radio and select: the option values; empty for other types
 * @param conditional   true if the form shows the field only under a condition (FEEL), which the server does
 *                      not evaluate: such a field is never required here
 */
record FormField(String key, String type, String label, boolean required, String pattern, Integer minLength,
                 Integer maxLength, Double min, Double max, List<String> allowedValues, String dateSubtype,
                 boolean readonly, boolean conditional) {

    boolean effectivelyRequired() {
        return required && !conditional && !readonly;
    }
}
