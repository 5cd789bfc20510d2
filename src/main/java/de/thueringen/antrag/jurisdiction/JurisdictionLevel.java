package de.thueringen.antrag.jurisdiction;

/** The level a service is executed at, as declared by the service process ({@code jurisdiction.level}). */
public enum JurisdictionLevel {
    GEMEINDE,
    KREIS,
    LAND
}
