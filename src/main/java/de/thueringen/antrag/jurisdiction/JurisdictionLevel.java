package de.thueringen.antrag.jurisdiction;

/** The level a service is executed at, as declared by the service process ({@code jurisdiction.level}). */
public enum JurisdictionLevel {
    GEMEINDE,
    KREIS,
    LAND,
    /**
     * Executed by a body outside this platform (federal agency, Familienkasse, social insurance, chamber, court,
     * notary …), named by the process properties {@code competent.body} and {@code competent.url}. Such a service is
     * listed so citizens find it, but it never becomes a case here.
     */
    EXTERN;

    /** Whether an authority on this platform executes services of this level. */
    public boolean isExecutedHere() {
        return this != EXTERN;
    }
}
