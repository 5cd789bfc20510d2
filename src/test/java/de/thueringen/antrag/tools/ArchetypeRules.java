package de.thueringen.antrag.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/**
 * The documented rules that give each generated service its {@link Archetype}, and the keyword rules for the
 * responsible level that {@link JurisdictionDraft} used for the first version of the reviewed table
 * {@code zustaendigkeit.csv} (the generator takes {@code jurisdiction.level} from that table, never from here). They
 * are a first guess from the catalogue data, not a legal statement: a designer corrects the archetype by editing the
 * process property {@code archetype} in the Modeler (the generator then leaves the changed file alone), or before
 * generating in {@code src/test/resources/catalog/overrides.csv}; the level in {@code zustaendigkeit.csv}.
 *
 * <h2>Archetype</h2>
 * Rules in this order, the first that applies wins. Keywords are matched in the lower-cased OZG name
 * ({@code \b} = start or end of a word).
 * <ol>
 * <li><b>BESCHEINIGUNG</b> (certificate, information, document): {@value #CERTIFICATE} —
 * e.g. Meldebescheinigung, Führungszeugnis, Geburtsurkunde, Handelsregister, Personalausweis, Reisepass,
 * Fahrerkarte.</li>
 * <li><b>ANZEIGE</b> (notification that is confirmed): {@value #NOTIFICATION} — Anzeige, Meldung, Anmeldung,
 * Mitteilung, Erklärung, Beschwerde, Petition, and declarations of taxes and levies (…steuer, …abgabe, …beitrag,
 * …taxe), e.g. Geburtsanzeige, Gewerbeanmeldung, Versammlungsanzeige, Hundesteuer.</li>
 * <li><b>LEISTUNG</b> (benefit without fee): {@value #BENEFIT} — …geld, Förderung, Zuschuss, Hilfe, Leistungen,
 * Erstattung, Beihilfe, Unterhalt, Rente, Prämie, Zulage, Entschädigung, Stipendium, Darlehen, …</li>
 * <li><b>GENEHMIGUNG</b> if the name says so: {@value #PERMIT} — e.g. Ausnahmegenehmigung, Erlaubnis zum …,
 * Zulassung, Anerkennung, Befreiung, Antrag auf ….</li>
 * <li><b>LeiKa Verrichtungen</b>: where the name says nothing, the Verrichtungen named in the service's LeiKa
 * entries vote ({@link #LEIKA_ACTIONS}: e.g. Ausstellung → BESCHEINIGUNG, Entgegennahme → ANZEIGE, Gewährung →
 * LEISTUNG, Erteilung → GENEHMIGUNG). The archetype with the most votes wins if it has more than GENEHMIGUNG and at
 * least half of all votes.</li>
 * <li>Otherwise <b>GENEHMIGUNG</b> (application with fee and decision).</li>
 * </ol>
 *
 * <h2>Responsible level</h2>
 * <ol>
 * <li><b>GEMEINDE</b> for typical municipal tasks: {@value #MUNICIPAL} — registration office (Melderegister,
 * Meldebescheinigung, Wohnsitz), passports and identity cards, trade office (Gewerbe…), dogs, parking, civil
 * registry (Geburt, Eheschließung, Sterbefall, Lebenspartnerschaft, Vaterschaft, Namensänderung, Kirchenaustritt),
 * Führungszeugnis, elections, municipal taxes and local services.</li>
 * <li><b>KREIS</b> (Landratsamt or kreisfreie Stadt) for building supervision, driving licences and vehicle
 * registration, weapons, hunting and fishing, foreigners' authority and social benefits: {@value #DISTRICT}.</li>
 * <li><b>GEMEINDE</b> if one of the LeiKa types is 5 (Kommune).</li>
 * <li><b>LAND</b> (Thüringer Landesverwaltungsamt) if the only LeiKa type is 4 (Landesrecht).</li>
 * <li>Otherwise <b>KREIS</b> — also for services executed by federal agencies (LeiKa type 1), for which no federal
 * level exists here: the Landratsamt is the nearest place to hand in the application.</li>
 * </ol>
 * Keywords come before LeiKa types because they name the actual task, while a LeiKa type only says which law
 * applies (e.g. Asylbewerberleistungen: type 5 among others, executed by the districts).
 */
public final class ArchetypeRules {

    /** Name keywords for {@link Archetype#BESCHEINIGUNG}. */
    public static final String CERTIFICATE = "bescheinigung|auskunft|auskünfte|zeugnis|urkunde|register|verzeichnis|kataster"
            + "|einsicht|ausweis|reisepass|familienpass|seniorenpass|karten?\\b|plakette|zertifikat|beglaubigung"
            + "|(?<=\\w)nachweis\\b|erbschein|wahlschein";
    /** Name keywords for {@link Archetype#ANZEIGE}. */
    public static final String NOTIFICATION = "anzeige|meldung|\\bmelden\\b|meldepflicht|mitteilung|erklärung|ankündigung"
            + "|beschwerde|petition|austritt|steuer\\b|abgaben?\\b|beitrag\\b|taxe\\b";
    /** Name keywords for {@link Archetype#LEISTUNG}. */
    public static final String BENEFIT = "geld\\b|förderung|zuschuss|zuschüsse|zuschlag|hilfe|leistung(en)?\\b"
            + "|erstattung|beihilfe|unterhalt|rente\\b|prämie|zulage|entschädigung|stipendi|darlehen|kredit\\b|bürgschaft"
            + "|zuwendung|gutschein|grundsicherung|versorgung\\b|fürsorge|finanzierung|schädenersatz";

    /** Name keywords for {@link Archetype#GENEHMIGUNG}, tried after the three above and before the LeiKa vote. */
    public static final String PERMIT = "genehmigung|erlaubnis|zulassung|anerkennung|befreiung|ausnahme|konzession|lizenz"
            + "|gestattung|zustimmung|feststellung|antrag auf";

    /** Name keywords for {@link JurisdictionLevel#GEMEINDE}. */
    public static final String MUNICIPAL = "melderegister|meldebescheinigung|wohnsitzmeld|reisepass|passersatz|personalausweis"
            + "|\\bgewerbe|unternehmensanmeldung|\\bhund|\\bpark|standesamt|\\bgeburt|\\beheschließ|\\behefähig|\\bsterbe(fall|urkunde)"
            + "|lebenspartnerschaft|vaterschaft|namensänderung|kirchenaustritt|führungszeugnis|\\bwahl|einwohner"
            + "|fundsache|grundsteuer|zweitwohnung|vergnügungsteuer|übernachtungssteuer|kurabgabe|tourismustaxe"
            + "|bibliothek|musikschule|kindertages|\\bhort|osterfeuer|amtsblatt|sperrzeit|märkte|sondernutzung"
            + "|^bestattung|zweckentfremdung|\\bmängel";
    /** Name keywords for {@link JurisdictionLevel#KREIS}. */
    public static final String DISTRICT = "\\bbauvor|baugenehmigung|\\bbauaufsicht|\\bbaulast|abbruchgenehmigung"
            + "|genehmigungsfreistellung|\\bdenkmal(recht|verzeichnis)|führerschein|fahrerlaubnis|fahrerkarte"
            + "|kraftfahrzeug|fahrzeugzulassung|zulassungsbescheinigung|feinstaubplakette|umweltplakette|\\bwaffe"
            + "|\\bjagd|jäger|fischerei|\\bwohngeld|elterngeld|unterhaltsvorschuss|hilfe zu|eingliederungshilfe"
            + "|grundsicherung|asylbewerber|aufenthalt|einbürgerung|ausländer|schüler|psychisch|notfallrettung";

    /**
     * LeiKa Verrichtungen and the archetype each votes for (rule 5). Only these words are counted by
     * {@link CatalogImport}; Verrichtungen that say nothing about the kind of procedure (Änderung, Informationserteilung,
     * Durchführung …) are left out, and so are Einsicht/gewähren ("Akteneinsicht gewähren" is a side function of many
     * procedures) and Beurkundung (notarial, also part of court procedures).
     */
    public static final Map<String, Archetype> LEIKA_ACTIONS = actions();

    private static final Pattern CERTIFICATE_PATTERN = Pattern.compile(CERTIFICATE);
    private static final Pattern NOTIFICATION_PATTERN = Pattern.compile(NOTIFICATION);
    private static final Pattern BENEFIT_PATTERN = Pattern.compile(BENEFIT);
    private static final Pattern PERMIT_PATTERN = Pattern.compile(PERMIT);
    private static final Pattern MUNICIPAL_PATTERN = Pattern.compile(MUNICIPAL);
    private static final Pattern DISTRICT_PATTERN = Pattern.compile(DISTRICT);

    /** A rule's result and, in German, which rule gave it (written into the process documentation). */
    public record Choice<T>(T value, String reason) {
    }

    private ArchetypeRules() {
    }

    public static Choice<Archetype> archetypeOf(CatalogEntry service) {
        String name = normalise(service.name());
        for (Map.Entry<Archetype, Pattern> rule : List.of(
                Map.entry(Archetype.BESCHEINIGUNG, CERTIFICATE_PATTERN),
                Map.entry(Archetype.ANZEIGE, NOTIFICATION_PATTERN),
                Map.entry(Archetype.LEISTUNG, BENEFIT_PATTERN),
                Map.entry(Archetype.GENEHMIGUNG, PERMIT_PATTERN))) {
            Matcher m = rule.getValue().matcher(name);
            if (m.find()) {
                return new Choice<>(rule.getKey(), "Stichwort „" + m.group().strip() + "“ im Namen");
            }
        }
        Map<Archetype, Integer> votes = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, Integer> action : service.leikaActions().entrySet()) {
            Archetype vote = LEIKA_ACTIONS.get(action.getKey());
            if (vote != null) {
                votes.merge(vote, action.getValue(), Integer::sum);
                total += action.getValue();
            }
        }
        Archetype best = null;
        int bestVotes = 0;
        for (Map.Entry<Archetype, Integer> vote : votes.entrySet()) {
            if (vote.getKey() != Archetype.GENEHMIGUNG && vote.getValue() > bestVotes) {
                best = vote.getKey();
                bestVotes = vote.getValue();
            }
        }
        int permits = votes.getOrDefault(Archetype.GENEHMIGUNG, 0);
        if (best != null && bestVotes > permits && 2 * bestVotes >= total) {
            return new Choice<>(best, "LeiKa-Verrichtungen " + describe(service.leikaActions()));
        }
        return new Choice<>(Archetype.GENEHMIGUNG, votes.isEmpty()
                ? "keine Regel trifft zu (Standard)"
                : "LeiKa-Verrichtungen " + describe(service.leikaActions()) + " (Standard)");
    }

    public static Choice<JurisdictionLevel> levelOf(CatalogEntry service) {
        String name = normalise(service.name());
        Matcher municipal = MUNICIPAL_PATTERN.matcher(name);
        if (municipal.find()) {
            return new Choice<>(JurisdictionLevel.GEMEINDE, "Stichwort „" + municipal.group().strip() + "“ im Namen");
        }
        Matcher district = DISTRICT_PATTERN.matcher(name);
        if (district.find()) {
            return new Choice<>(JurisdictionLevel.KREIS, "Stichwort „" + district.group().strip() + "“ im Namen");
        }
        List<String> types = service.leikaTypes();
        if (types.contains("5")) {
            return new Choice<>(JurisdictionLevel.GEMEINDE, "LeiKa-Typ 5 (Kommune)");
        }
        if (types.equals(List.of("4"))) {
            return new Choice<>(JurisdictionLevel.LAND, "nur LeiKa-Typ 4 (Landesrecht)");
        }
        return new Choice<>(JurisdictionLevel.KREIS, "keine Regel trifft zu (Standard)");
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.GERMAN).replaceAll("\\s+", " ").strip();
    }

    private static String describe(Map<String, Integer> actions) {
        StringBuilder text = new StringBuilder();
        actions.forEach((action, count) -> text.append(text.isEmpty() ? "" : ", ").append(action).append(' ').append(count));
        return text.toString();
    }

    private static Map<String, Archetype> actions() {
        Map<String, Archetype> map = new LinkedHashMap<>();
        for (String a : List.of("Ausstellung", "Auskunft", "Bescheinigung", "Beglaubigung", "Ausgabe", "Abschrift",
                "Auszug")) {
            map.put(a, Archetype.BESCHEINIGUNG);
        }
        for (String a : List.of("Anzeige", "Meldung", "Anmeldung", "Abmeldung", "Ummeldung", "Entgegennahme",
                "Mitteilung", "Bestätigung")) {
            map.put(a, Archetype.ANZEIGE);
        }
        for (String a : List.of("Gewährung", "Bewilligung", "Zahlung", "Förderung", "Erstattung",
                "Leistung", "Leistungen", "Zuschuss")) {
            map.put(a, Archetype.LEISTUNG);
        }
        for (String a : List.of("Erteilung", "Genehmigung", "Erlaubnis", "Zulassung", "Anerkennung", "Befreiung",
                "Verlängerung", "Festsetzung", "Eintragung", "Feststellung", "Gestattung", "Zustimmung")) {
            map.put(a, Archetype.GENEHMIGUNG);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
