package de.thueringen.antrag.casefile;

public enum DocumentKind {
    /** Evidence the citizen uploaded (Nachweis). */
    UPLOAD,
    /** A notice the authority issued (Bescheid, Eingangsbestätigung, …). */
    NOTICE
}
