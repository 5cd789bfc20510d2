package de.thueringen.antrag.intake;

import de.thueringen.antrag.casefile.CaseStatus;

/** What the citizen gets back: the case number and the secret for the tracking link. */
public record SubmissionReceipt(String caseNumber, String trackingToken, CaseStatus status, String authorityName) {
}
