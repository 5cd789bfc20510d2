package de.thueringen.antrag.notice;

/**
 * Kind of a written notice sent to a citizen. Determines the German document title and whether
 * the notice is an administrative act that can be challenged (and therefore needs a
 * Rechtsbehelfsbelehrung according to § 37 Abs. 6 VwVfG).
 *
 * <p>The name of each constant is also the file name of its text template
 * ({@code processes/notices/<NAME>.txt}) and the value of the BPMN input {@code noticeKind}.
 */
public enum NoticeKind {

    /** Eingangsbestätigung: confirms that an application was received; not an administrative act. */
    RECEIPT("Eingangsbestätigung", false, "dieses Schreiben"),

    /**
     * Nachforderung von Unterlagen: asks for missing documents within a deadline. A procedural letter
     * (Verfahrenshandlung), not an administrative act, so it carries no legal remedy.
     */
    DOCUMENT_REQUEST("Nachforderung von Unterlagen", false, "dieses Schreiben"),

    /** Gebührenbescheid: sets the fee with Kassenzeichen, due date and pay link. */
    FEE_NOTICE("Gebührenbescheid", true, "diesen Bescheid"),

    /** Bescheid granting the application (Genehmigung), with the permit where the service issues one. */
    APPROVAL("Bescheid", true, "diesen Bescheid"),

    /** Ablehnungsbescheid: the application is rejected, with reasons. */
    REJECTION("Ablehnungsbescheid", true, "diesen Bescheid"),

    /** Einstellung des Verfahrens: the procedure is discontinued. */
    DISCONTINUATION("Einstellung des Verfahrens", true, "diesen Bescheid"),

    /**
     * Bescheinigung über den Eintritt der Genehmigungsfiktion (§ 42a Abs. 3 VwVfG / ThürVwVfG); it needs a
     * legal remedy text as well (§ 37 Abs. 6 Satz 2 VwVfG).
     */
    DEEMED_APPROVAL("Bescheinigung über den Eintritt der Genehmigungsfiktion", true, "diese Bescheinigung");

    private final String germanTitle;
    private final boolean challengeable;
    private final String germanReference;

    NoticeKind(String germanTitle, boolean challengeable, String germanReference) {
        this.germanTitle = germanTitle;
        this.challengeable = challengeable;
        this.germanReference = germanReference;
    }

    /** German document title as shown to the citizen, e.g. "Ablehnungsbescheid". */
    public String germanTitle() {
        return germanTitle;
    }

    /** Whether the notice can be challenged and therefore should carry a legal remedy text. */
    public boolean challengeable() {
        return challengeable;
    }

    /** How the legal remedy text refers to the document, e.g. "diesen Bescheid", "diese Bescheinigung". */
    public String germanReference() {
        return germanReference;
    }
}
