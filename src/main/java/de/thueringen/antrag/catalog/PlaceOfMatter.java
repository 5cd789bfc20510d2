package de.thueringen.antrag.catalog;

/**
 * The place that decides which authority is competent for a service (process property {@code jurisdiction.place}):
 * the applicant's residence, or the place of the matter itself — a building permit goes to the authority of the plot,
 * a trade licence to that of the business premises, wherever the applicant lives (§ 3 Abs. 1 VwVfG). The portal asks
 * for this place, and intake routes by it.
 */
public enum PlaceOfMatter {

    WOHNSITZ("Postleitzahl oder Wohnort", "In welcher Gemeinde wohnen Sie?"),
    GRUNDSTUECK("Postleitzahl oder Ort des Grundstücks", "In welcher Gemeinde liegt das Grundstück?"),
    BETRIEBSSTAETTE("Postleitzahl oder Ort der Betriebsstätte", "In welcher Gemeinde liegt die Betriebsstätte?"),
    VERANSTALTUNGSORT("Postleitzahl oder Ort der Veranstaltung", "In welcher Gemeinde findet die Veranstaltung statt?"),
    HALTUNGSORT("Postleitzahl oder Ort, an dem das Tier gehalten wird", "In welcher Gemeinde wird das Tier gehalten?"),
    SITZ("Postleitzahl oder Ort des Sitzes (Unternehmen, Verein)", "In welcher Gemeinde ist der Sitz?"),
    ORT_DES_VORHABENS("Postleitzahl oder Ort des Vorhabens", "In welcher Gemeinde liegt das Vorhaben?");

    private final String label;
    private final String question;

    PlaceOfMatter(String label, String question) {
        this.label = label;
        this.question = question;
    }

    /** The label of the portal's place field. */
    public String label() {
        return label;
    }

    /** The question when a postcode belongs to several municipalities. */
    public String question() {
        return question;
    }

    /** Whether the applicant's own address decides (then it must lie in the chosen municipality). */
    public boolean isResidence() {
        return this == WOHNSITZ;
    }

    /** The property value; an unknown or missing one counts as the residence, the rule before places were recorded. */
    public static PlaceOfMatter of(String property) {
        if (property != null) {
            for (PlaceOfMatter place : values()) {
                if (place.name().equals(property.strip())) {
                    return place;
                }
            }
        }
        return WOHNSITZ;
    }
}
