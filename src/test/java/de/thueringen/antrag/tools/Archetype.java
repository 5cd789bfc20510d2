package de.thueringen.antrag.tools;

/**
 * The kinds of administrative procedure a generated service process follows. The process property
 * {@code archetype} carries the name; {@link ArchetypeRules} chooses it.
 */
public enum Archetype {

    /** Antrag mit Gebühr und Entscheidung: formelle Prüfung, sachliche Prüfung, Gebühr, Entscheidung, Bescheid. */
    GENEHMIGUNG("Antrag mit Entscheidung (Genehmigung)", 30),

    /** Anzeige/Meldung, die bestätigt wird: eine Prüfung, ggf. Gebühr, Bestätigung. */
    ANZEIGE("Anzeige oder Meldung mit Bestätigung", 14),

    /** Bescheinigung/Auskunft/Urkunde: Prüfung und Ausstellung in einem Schritt, ggf. Gebühr, Zustellung. */
    BESCHEINIGUNG("Bescheinigung, Auskunft oder Urkunde", 7),

    /** Leistung/Förderung ohne Gebühr: formelle Prüfung, Anspruchsprüfung, Entscheidung, Bescheid. */
    LEISTUNG("Leistung oder Förderung (gebührenfrei)", 30);

    private final String germanLabel;
    private final int defaultProcessingDays;

    Archetype(String germanLabel, int defaultProcessingDays) {
        this.germanLabel = germanLabel;
        this.defaultProcessingDays = defaultProcessingDays;
    }

    public String germanLabel() {
        return germanLabel;
    }

    /** Target processing time in days (process property {@code processing.days}) unless overridden. */
    public int defaultProcessingDays() {
        return defaultProcessingDays;
    }

    /** Whether the archetype can levy a fee (all but LEISTUNG). */
    public boolean leviesFees() {
        return this != LEISTUNG;
    }
}
