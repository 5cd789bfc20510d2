package de.thueringen.antrag.tools;

import java.util.Locale;

/** File and folder names from German names: "Mobilität &amp; Reisen" → "mobilitaet-reisen". */
final class Slugs {

    static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /**
     * Lower case; ä → ae, ö → oe, ü → ue, ß → ss; every other character outside [a-z0-9] becomes "-"; runs of "-"
     * collapse to one; no "-" at either end; at most {@value #MAX_LENGTH} characters (cut at a "-" where one is near
     * the limit).
     */
    static String of(String name) {
        String slug = name.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut >= MAX_LENGTH - 15 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
