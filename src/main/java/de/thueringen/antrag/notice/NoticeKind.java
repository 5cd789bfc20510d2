package de.thueringen.antrag.notice;

/**
 * Kind of a written notice sent to a citizen. Determines the German document title and whether
 * the notice is an administrative act that can be challenged (and therefore needs a
 * Rechtsbehelfsbelehrung according to § 37 Abs. 6 VwVfG).
 */
public enum NoticeKind {

    /** Eingangsbestätigung: confirms that an application was received; not an administrative act. */
    RECEIPT("Eingangsbestätigung", false),

    /** Bescheid granting the application (Genehmigung). */
    APPROVAL("Bescheid", true),

    /** Ablehnungsbescheid: the application is rejected. */
    REJECTION("Ablehnungsbescheid", true),

    /** Einstellung des Verfahrens: the procedure is discontinued. */
    DISCONTINUATION("Einstellung des Verfahrens", true);

    private final String germanTitle;
    private final boolean challengeable;

    NoticeKind(String germanTitle, boolean challengeable) {
        this.germanTitle = germanTitle;
        this.challengeable = challengeable;
    }

    /** German document title as shown to the citizen, e.g. "Ablehnungsbescheid". */
    public String germanTitle() {
        return germanTitle;
    }

    /** Whether the notice can be challenged and therefore should carry a legal remedy text. */
    public boolean challengeable() {
        return challengeable;
    }
}
