package de.thueringen.antrag.notice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the process knows when it asks for a notice; optional parts are null. */
public record IssueNoticeCommand(Long caseId, NoticeKind kind, String rejectionReason, LocalDate permitValidUntil,
                                 BigDecimal feeAmount, String feeLegalBasis) {
}
