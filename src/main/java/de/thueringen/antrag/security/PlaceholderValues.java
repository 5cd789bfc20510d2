package de.thueringen.antrag.security;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises values that are not real secrets: empty, left unresolved ({@code ${…}}), or the stand-ins of examples and
 * templates ({@code change-me…}, {@code changeme}, {@code secret}, the demo's published keys). Such a password or key
 * is known to everyone who read the same template.
 */
final class PlaceholderValues {

    /** Whole values (letters and digits only, lower case) that are no secret. */
    private static final Set<String> WELL_KNOWN = Set.of("secret", "geheim", "password", "passwort", "admin",
            "demo", "test", "example", "beispiel", "default", "12345678", "123456");
    /** Parts that mark a stand-in wherever they appear. */
    private static final Set<String> MARKERS = Set.of("changeme", "aendermich", "notforproduction", "replaceme");

    private PlaceholderValues() {
    }

    static boolean isPlaceholder(String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            return true;
        }
        String letters = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return WELL_KNOWN.contains(letters) || MARKERS.stream().anyMatch(letters::contains);
    }
}
