package de.thueringen.antrag.casefile;

/** A freshly opened case; the tracking token exists only here and in the citizen's link. */
public record OpenedCase(Long caseId, String caseNumber, String trackingToken) {
}
