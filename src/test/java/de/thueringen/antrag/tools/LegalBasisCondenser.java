package de.thueringen.antrag.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Condenses the legal bases of all LeiKa entries of one OZG service into one short line a citizen can read, e.g.
 * {@code "§ 45 Absatz 1b Nummer 2 Straßenverkehrs-Ordnung (StVO) [http://…], § 46 … (StVO) [http://…]"} (many rows)
 * becomes {@code "§§ 45, 46 StVO"}.
 * <ol>
 * <li>Each row is split into citations at {@code "], "}; links in brackets are dropped.</li>
 * <li>A citation is split into its reference ({@code § 45 Absatz 1b Nummer 2}, {@code Artikel 6}) and the law. The
 * law is named by its abbreviation in brackets at the end ({@code StVO}, {@code SGB VIII}) if there is one; else by
 * its name, EU acts by their number ({@code Verordnung (EG) Nr. 853/2004}), other names cut at
 * {@value #MAX_LAW_NAME} characters.</li>
 * <li>References are shortened (Absatz → Abs., Nummer → Nr., Buchstabe → Buchst., Artikel → Art.); a bare
 * paragraph ({@code § 45}) replaces its more specific forms ({@code § 45 Abs. 1b Nr. 2}).</li>
 * <li>Laws are ordered by how many LeiKa rows cite them, then by first mention; at most {@value #MAX_LAWS} laws and
 * {@value #MAX_REFS_PER_LAW} references per law are kept, the rest is summed up as "u. a.".</li>
 * </ol>
 * Nothing is invented: every part of the result appears in the source rows.
 */
final class LegalBasisCondenser {

    static final int MAX_LAWS = 4;
    static final int MAX_REFS_PER_LAW = 4;
    static final int MAX_LAW_NAME = 70;

    private static final Pattern LINK = Pattern.compile("\\s*\\[(?:https?://|www\\.)[^\\]]*(?:\\]|$)");
    private static final Pattern CITATION_SEPARATOR = Pattern.compile("(?<=\\])\\s*[,;]\\s*");
    /** "(StVO)" at the end, or before a dash and a description: "Gewerbeordnung (GewO) - Auskunft auf Antrag". */
    private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("\\s*\\(([^()]{1,20})\\)\\s*(?:[-–]\\s.*)?$");
    private static final Pattern EU_ACT = Pattern.compile(
            "^((?:Durchführungs|Delegierte )?(?:Verordnung|Richtlinie|Beschluss|Entscheidung)\\s*\\((?:EU|EG|EWG|Euratom|EURATOM)\\)"
                    + "\\s*(?:Nr\\.\\s*)?[0-9]+/[0-9]+(?:/[A-Za-z]+)?)");
    private static final Pattern REF_START = Pattern.compile("^(§§?|Art\\.|Artikel|Anlage|Anhang)$");
    private static final Pattern REF_TOKEN = Pattern.compile(
            "^(?:[0-9][0-9a-z]*[.,]?|[a-z]\\)?[.,]?|[IVX]+[.,]?|_|-|–|bis|und|oder|sowie|ff\\.|f\\.|i\\.V\\.m\\.|Absatz|Abs\\.|Satz|S\\.|"
                    + "Nummer|Nr\\.|Ziffer|Ziff\\.|Buchstabe|Buchst\\.|lit\\.|Halbsatz|Unterabsatz|UAbs\\.|Alt\\.|Alternative)$");
    private static final Set<String> NOT_AN_ABBREVIATION = Set.of("EU", "EG", "EWG", "neu", "alt");

    private LegalBasisCondenser() {
    }

    /** One line for all {@code rows} (the column "rechtsgrundlage" of one service's LeiKa entries); "" if none. */
    static String condense(List<String> rows) {
        Map<String, Law> laws = new LinkedHashMap<>();
        for (String row : rows) {
            if (row == null || row.isBlank()) {
                continue;
            }
            Set<String> citedInRow = new java.util.HashSet<>();
            for (String raw : CITATION_SEPARATOR.split(row.strip())) {
                Citation citation = parse(raw);
                if (citation == null) {
                    continue;
                }
                Law law = laws.computeIfAbsent(citation.law(), Law::new);
                if (citedInRow.add(citation.law())) {
                    law.rows++;
                }
                if (!citation.reference().isEmpty()) {
                    law.references.merge(citation.reference(), 1, Integer::sum);
                }
            }
        }
        List<Law> ordered = new ArrayList<>(laws.values());
        // stable sort: equal counts keep the order of first mention
        ordered.sort((a, b) -> Integer.compare(b.rows, a.rows));
        List<String> parts = new ArrayList<>();
        for (Law law : ordered.subList(0, Math.min(MAX_LAWS, ordered.size()))) {
            parts.add(law.render());
        }
        String result = String.join("; ", parts);
        if (ordered.size() > MAX_LAWS) {
            result += "; u. a.";
        }
        return result;
    }

    record Citation(String reference, String law) {
    }

    /** The reference and law of one citation, or null if nothing usable is left. */
    static Citation parse(String raw) {
        String text = LINK.matcher(raw).replaceAll("").replace(" _ ", " – ").replaceAll("\\s+", " ").strip();
        text = text.replaceAll("[,;]+$", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        String[] tokens = text.split(" ");
        int lawStart = 0;
        if (REF_START.matcher(tokens[0]).matches()) {
            lawStart = 1;
            while (lawStart < tokens.length && REF_TOKEN.matcher(tokens[lawStart]).matches()) {
                lawStart++;
            }
        }
        if (lawStart >= tokens.length) {
            return null; // a reference without a law says nothing
        }
        String reference = shortenReference(String.join(" ", java.util.Arrays.asList(tokens).subList(0, lawStart)));
        String lawText = String.join(" ", java.util.Arrays.asList(tokens).subList(lawStart, tokens.length));
        return new Citation(reference, lawName(lawText));
    }

    static String lawName(String lawText) {
        Matcher abbreviation = TRAILING_ABBREVIATION.matcher(lawText);
        if (abbreviation.find()) {
            String abbr = abbreviation.group(1).strip();
            if (!NOT_AN_ABBREVIATION.contains(abbr) && abbr.matches("[A-ZÄÖÜ][A-Za-zÄÖÜäöüß0-9./\\- ]*") && abbr.length() <= 16
                    && abbr.chars().filter(Character::isUpperCase).count() >= 2) {
                return abbr;
            }
        }
        Matcher eu = EU_ACT.matcher(lawText);
        if (eu.find()) {
            return eu.group(1);
        }
        if (lawText.length() <= MAX_LAW_NAME) {
            return lawText;
        }
        int cut = lawText.lastIndexOf(' ', MAX_LAW_NAME - 1);
        return lawText.substring(0, cut > 20 ? cut : MAX_LAW_NAME - 1).replaceAll("[,;:(\\s]+$", "") + " …";
    }

    static String shortenReference(String reference) {
        return reference
                .replace("Absatz", "Abs.")
                .replace("Nummer", "Nr.")
                .replace("Buchstabe", "Buchst.")
                .replace("Artikel", "Art.")
                .replace(" – ", "–")
                .replaceAll("[,.]$", reference.endsWith("ff.") || reference.endsWith("f.") || reference.endsWith("Abs.") ? "." : "")
                .strip();
    }

    private static final class Law {
        final String name;
        final Map<String, Integer> references = new LinkedHashMap<>();
        int rows;

        Law(String name) {
            this.name = name;
        }

        String render() {
            List<String> refs = new ArrayList<>(references.keySet());
            // a bare "§ 45" covers "§ 45 Abs. 1b Nr. 2"
            refs.removeIf(ref -> refs.stream().anyMatch(general -> !general.equals(ref) && general.matches("§ [0-9]+[a-z]?")
                    && ref.startsWith(general + " ")));
            if (refs.isEmpty()) {
                return name;
            }
            refs.sort((a, b) -> Integer.compare(references.get(b), references.get(a)));
            boolean more = refs.size() > MAX_REFS_PER_LAW;
            List<String> kept = new ArrayList<>(refs.subList(0, Math.min(MAX_REFS_PER_LAW, refs.size())));
            String joined;
            if (kept.size() > 1 && kept.stream().allMatch(r -> r.matches("§ [0-9]+[a-z]?"))) {
                kept.sort(LegalBasisCondenser::compareParagraphs);
                joined = "§§ " + String.join(", ", kept.stream().map(r -> r.substring(2)).toList());
            } else {
                joined = String.join(", ", kept);
            }
            return joined + (more ? " u. a." : "") + " " + name;
        }
    }

    private static int compareParagraphs(String a, String b) {
        int na = Integer.parseInt(a.replaceAll("[^0-9]", ""));
        int nb = Integer.parseInt(b.replaceAll("[^0-9]", ""));
        return na != nb ? Integer.compare(na, nb) : a.compareTo(b);
    }
}
