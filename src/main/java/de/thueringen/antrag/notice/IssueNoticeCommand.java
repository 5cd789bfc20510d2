package de.thueringen.antrag.notice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the process knows when it asks for a notice; optional parts are null.
 *
 * @param caseId             the case (required)
 * @param kind               the notice kind (required)
 * @param rejectionReason    reasons of a rejection, or the reason of a discontinuation (process variable
 *                           {@code rejectionReason})
 * @param permitValidUntil   end of validity of an issued permit ({@code permitValidUntil})
 * @param feeAmount          fee in euro ({@code feeAmount})
 * @param feeLegalBasis      legal basis of the fee ({@code feeLegalBasis})
 * @param missingDocuments   what a document request asks for, one item per line ({@code missingDocuments});
 *                           required for {@link NoticeKind#DOCUMENT_REQUEST}
 * @param replyDeadline      deadline of a document request ({@code replyDeadline}); required for
 *                           {@link NoticeKind#DOCUMENT_REQUEST}
 * @param paymentDeadline    due date of the fee ({@code paymentDeadline}); required for {@link NoticeKind#FEE_NOTICE}
 * @param paymentReference   Kassenzeichen ({@code paymentReference}); required for {@link NoticeKind#FEE_NOTICE}
 * @param payUrl             link to the pay page ({@code payUrl}); optional
 * @param deemedApprovalDate the day the decision deadline ended, after which the approval is deemed granted
 *                           ({@code deemedApprovalDate}); required for {@link NoticeKind#DEEMED_APPROVAL}
 * @param noticeKey          distinguishes several notices of one kind in a case, e.g. the id of a document
 *                           request; {@code null} if a case has at most one notice of the kind
 */
public record IssueNoticeCommand(Long caseId, NoticeKind kind, String rejectionReason, LocalDate permitValidUntil,
                                 BigDecimal feeAmount, String feeLegalBasis, String missingDocuments,
                                 LocalDate replyDeadline, LocalDate paymentDeadline, String paymentReference,
                                 String payUrl, LocalDate deemedApprovalDate, String noticeKey) {

    /** The original six values; the later ones are null. */
    public IssueNoticeCommand(Long caseId, NoticeKind kind, String rejectionReason, LocalDate permitValidUntil,
                              BigDecimal feeAmount, String feeLegalBasis) {
        this(caseId, kind, rejectionReason, permitValidUntil, feeAmount, feeLegalBasis,
                null, null, null, null, null, null, null);
    }

    /**
     * The key the notice is stored under in the case file: the kind, or kind and {@link #noticeKey()}. A second
     * command with the same key returns the stored notice.
     */
    public String storageKey() {
        return noticeKey == null || noticeKey.isBlank() ? kind.name() : kind.name() + ":" + noticeKey.strip();
    }
}
