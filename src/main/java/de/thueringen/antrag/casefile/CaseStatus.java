package de.thueringen.antrag.casefile;

/** Where a case stands, with the words a citizen reads in the status history. */
public enum CaseStatus {
    EINGEGANGEN("Antrag eingegangen", false),
    IN_PRUEFUNG("Antrag wird geprüft", false),
    UNTERLAGEN_NACHGEFORDERT("Bitte reichen Sie Unterlagen nach", false),
    ZAHLUNG_AUSSTEHEND("Gebühr ist zu bezahlen", false),
    BEZAHLT("Gebühr bezahlt", false),
    IN_ENTSCHEIDUNG("Entscheidung wird vorbereitet", false),
    GENEHMIGT("Antrag genehmigt – Bescheid liegt vor", true),
    ABGELEHNT("Antrag abgelehnt – Bescheid liegt vor", true),
    EINGESTELLT("Verfahren eingestellt", true);

    private final String germanLabel;
    private final boolean terminal;

    CaseStatus(String germanLabel, boolean terminal) {
        this.germanLabel = germanLabel;
        this.terminal = terminal;
    }

    public String germanLabel() {
        return germanLabel;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
