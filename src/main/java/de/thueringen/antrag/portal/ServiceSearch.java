package de.thueringen.antrag.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import de.thueringen.antrag.catalog.ServiceDefinition;

/**
 * Finds services by the words a citizen types, forgiving typos and German compounds: every meaningful word of
 * the query must match a word of the service (exactly, as prefix, inside a compound, or within a small
 * Damerau-Levenshtein distance), and the best matches come first. "Hundesteur" finds "Hundesteuer",
 * "parkausweis" finds "Bewohnerparkausweis".
 */
final class ServiceSearch {

    static final int MAX_QUERY_WORDS = 8;
    private static final Set<String> STOP_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einer", "und", "oder", "fuer", "mit", "von", "vom", "zum", "zur", "im", "in", "am", "an", "auf",
            "ich", "mein", "meine", "meinen", "wie", "was", "wo", "beantragen", "antrag", "online");

    private final List<Indexed> services;

    private record Field(List<String> words, double weight) {
    }

    private record Indexed(ServiceDefinition service, List<Field> fields) {
    }

    record Hit(ServiceDefinition service, double score) {
    }

    ServiceSearch(List<ServiceDefinition> services) {
        List<Indexed> indexed = new ArrayList<>();
        for (ServiceDefinition s : services) {
            indexed.add(new Indexed(s, List.of(
                    new Field(TextFolding.words(s.name()), 1.0),
                    new Field(TextFolding.words(s.ozgName()), 0.9),
                    new Field(TextFolding.words(s.situation()), 0.6),
                    new Field(TextFolding.words(s.topic()), 0.5),
                    new Field(s.leikaKeys(), 1.0))));
        }
        this.services = List.copyOf(indexed);
    }

    List<Hit> search(String text, String topic, String situation) {
        List<String> words = queryWords(text);
        List<Hit> hits = new ArrayList<>();
        for (Indexed candidate : services) {
            ServiceDefinition s = candidate.service();
            if (present(topic) && !topic.equals(s.topic()) || present(situation) && !situation.equals(s.situation())) {
                continue;
            }
            double total = 0;
            boolean all = true;
            for (String word : words) {
                double best = 0;
                for (Field field : candidate.fields()) {
                    for (String target : field.words()) {
                        best = Math.max(best, field.weight() * similarity(word, target));
                    }
                }
                if (best == 0) {
                    all = false;
                    break;
                }
                total += best;
            }
            if (all) {
                hits.add(new Hit(s, total));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(h -> h.service().name(), String.CASE_INSENSITIVE_ORDER));
        return hits;
    }

    static List<String> queryWords(String text) {
        if (text == null) {
            return List.of();
        }
        String bounded = text.length() > 200 ? text.substring(0, 200) : text;
        List<String> words = new ArrayList<>();
        for (String word : TextFolding.words(bounded)) {
            if (!STOP_WORDS.contains(word) && !words.contains(word) && words.size() < MAX_QUERY_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    /** How well a query word matches a word of the service: 1 exact, down to 0 for no match. */
    static double similarity(String query, String target) {
        if (query.equals(target)) {
            return 1.0;
        }
        int q = query.length();
        if (q >= 3 && target.startsWith(query)) {
            return 0.9;
        }
        if (q >= 4 && target.contains(query)) {
            return 0.8; // part of a compound: "parkausweis" in "bewohnerparkausweis"
        }
        if (q < 4) {
            return 0;
        }
        int allowed = q <= 7 ? 1 : 2;
        int whole = TextFolding.distance(query, target, allowed);
        if (whole <= allowed) {
            return 0.75 - 0.1 * whole;
        }
        if (target.length() > q) {
            // a typo at the start of a longer word: "hundesteur" against "hundesteuerbescheid"
            int prefix = TextFolding.distance(query, target.substring(0, q), 1);
            if (prefix <= 1) {
                return 0.6;
            }
            // a typo inside a compound: the query with one edit occurs somewhere in the word
            if (q >= 6) {
                for (int start = 1; start + q - 1 <= target.length(); start++) {
                    for (int length = q - 1; length <= q + 1 && start + length <= target.length(); length++) {
                        if (TextFolding.distance(query, target.substring(start, start + length), 1) <= 1) {
                            return 0.55;
                        }
                    }
                }
            }
        }
        return 0;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
