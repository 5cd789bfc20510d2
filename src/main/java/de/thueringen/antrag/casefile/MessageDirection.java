package de.thueringen.antrag.casefile;

public enum MessageDirection {
    /** From the authority to the citizen. */
    TO_CITIZEN,
    /** From the citizen to the authority (e.g. answer to a request for documents). */
    FROM_CITIZEN
}
