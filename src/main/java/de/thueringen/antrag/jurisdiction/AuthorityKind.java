package de.thueringen.antrag.jurisdiction;

/** The administrative levels that handle services in Thüringen. */
public enum AuthorityKind {
    LAND,
    LANDKREIS,
    /** A kreisfreie Stadt is a Gemeinde and does the work of a Landkreis as well. */
    KREISFREIE_STADT,
    /**
     * Verwaltungsgemeinschaft (§§ 46 ff. ThürKO): does the administrative work of its member municipalities, which
     * keep their councils and stay the parties of their cases.
     */
    VERWALTUNGSGEMEINSCHAFT,
    GEMEINDE
}
