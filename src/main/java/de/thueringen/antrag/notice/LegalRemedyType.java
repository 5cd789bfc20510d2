package de.thueringen.antrag.notice;

import java.util.Locale;
import java.util.Map;

/**
 * Which remedy a challengeable notice names, from the service process property {@code legal.remedy}.
 * Default is the Widerspruch (§ 68 VwGO); {@code KLAGE} where a law excludes the preliminary proceedings, so the
 * citizen goes directly to the Verwaltungsgericht (§ 68 Abs. 1 Satz 2 VwGO).
 */
public enum LegalRemedyType {

    WIDERSPRUCH,
    KLAGE;

    /** Name of the process property a designer sets in the Modeler. */
    public static final String PROPERTY = "legal.remedy";

    /**
     * Reads the property from a service's properties; absent or blank means {@link #WIDERSPRUCH}.
     *
     * @throws IllegalArgumentException for any other value, naming the allowed ones
     */
    public static LegalRemedyType of(Map<String, String> serviceProperties) {
        String value = serviceProperties == null ? null : serviceProperties.get(PROPERTY);
        if (value == null || value.isBlank()) {
            return WIDERSPRUCH;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Process property " + PROPERTY + "=\"" + value
                    + "\" is not understood; use WIDERSPRUCH or KLAGE", e);
        }
    }
}
