package de.thueringen.antrag.jurisdiction;

/** The administrative levels that handle services in Thüringen. */
public enum AuthorityKind {
    LAND,
    LANDKREIS,
    /** A kreisfreie Stadt is a Gemeinde and does the work of a Landkreis as well. */
    KREISFREIE_STADT,
    GEMEINDE
}
