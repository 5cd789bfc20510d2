package de.thueringen.antrag.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A search in the catalogue; every criterion is optional and all given ones must match.
 *
 * @param text     words in the name (German umlauts and case do not matter; every word must occur)
 * @param topic    Themenfeld, exactly
 * @param situation Lebens- oder Geschäftslage, exactly
 * @param ozgId    OZG-ID, exactly
 * @param leikaKey LeiKa key, exactly one of the service's keys
 */
public record CatalogQuery(String text, String topic, String situation, String ozgId, String leikaKey) {

    Predicate<ServiceDefinition> asPredicate() {
        Predicate<ServiceDefinition> all = s -> true;
        if (present(text)) {
            String[] words = fold(text).split("\\s+");
            all = all.and(s -> {
                String haystack = fold(s.name() + " " + s.ozgName());
                for (String word : words) {
                    if (!haystack.contains(word)) {
                        return false;
                    }
                }
                return true;
            });
        }
        if (present(topic)) {
            all = all.and(s -> topic.equals(s.topic()));
        }
        if (present(situation)) {
            all = all.and(s -> situation.equals(s.situation()));
        }
        if (present(ozgId)) {
            all = all.and(s -> ozgId.equals(s.serviceId()));
        }
        if (present(leikaKey)) {
            all = all.and(s -> s.leikaKeys().contains(leikaKey));
        }
        return all;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Lower case, umlauts spelt out, accents dropped: "Führungszeugnis" and "fuehrungszeugnis" match. */
    static String fold(String value) {
        String lower = value.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip();
    }
}
