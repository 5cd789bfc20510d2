package de.thueringen.antrag.catalog;

/**
 * A document the citizen uploads with the application, declared in the process as
 * {@code evidence.<key> = required|<label>} or {@code optional|<label>}.
 */
public record EvidenceRequirement(String key, String label, boolean required) {

    static EvidenceRequirement parse(String key, String value) {
        int bar = value.indexOf('|');
        if (bar < 0) {
            return new EvidenceRequirement(key, value.trim(), true);
        }
        String mode = value.substring(0, bar).trim();
        return new EvidenceRequirement(key, value.substring(bar + 1).trim(), !"optional".equalsIgnoreCase(mode));
    }
}
