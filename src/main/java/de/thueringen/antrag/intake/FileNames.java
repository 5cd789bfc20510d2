package de.thueringen.antrag.intake;

import java.text.Normalizer;

/** Makes a citizen's file name safe to store, show and offer for download. */
final class FileNames {

    private static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    static String sanitize(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                .replaceAll("\\s+", " ")
                .replaceAll("^[. ]+", "")
                .strip();
        if (base.isEmpty()) {
            return fallback;
        }
        if (base.length() > MAX_LENGTH) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 6 ? base.substring(dot) : "";
            int cut = MAX_LENGTH - extension.length();
            if (Character.isHighSurrogate(base.charAt(cut - 1))) {
                cut--; // never split a character outside the Basic Multilingual Plane
            }
            base = base.substring(0, cut) + extension;
        }
        return base;
    }
}
