package de.thueringen.antrag.workflow;

import java.util.Set;

/** Names of the process variables the platform sets at submission; every service process can rely on them. */
public final class ProcessVariables {

    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    /** The responsible authority; also the process instance's tenant and the prefix of its candidate groups. */
    public static final String AUTHORITY_ID = "authorityId";
    /** AGS of the applicant's municipality (input of fee decisions). */
    public static final String AGS = "ags";
    public static final String SERVICE_ID = "serviceId";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String FEE_AMOUNT = "feeAmount";
    public static final String FEE_LEGAL_BASIS = "feeLegalBasis";
    public static final String PAYMENT_REFERENCE = "paymentReference";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String PERMIT_VALID_UNTIL = "permitValidUntil";
    /** Id of the notice just created, for the message that announces it. */
    public static final String NOTICE_DOCUMENT_ID = "noticeDocumentId";
    /** True if the fee had been paid before the process asked for it (payment at submission). */
    public static final String PAYMENT_SETTLED = "paymentSettled";
    /**
     * End of the statutory processing period: submission + process property {@code processing.days}, as ISO date-time
     * with offset ({@code 2025-12-17T09:00:00+01:00}); set at submission, see {@link ProcessingDeadline}.
     */
    public static final String PROCESSING_DEADLINE = "processingDeadline";
    /** The processing period in days (process property {@code processing.days}) the deadline was counted with. */
    public static final String PROCESSING_DAYS = "processingDays";
    /** Whether the deemed approval (Genehmigungsfiktion) applies to this case; see {@link DeemedApproval}. */
    public static final String DEEMED_APPROVAL_APPLIES = "deemedApprovalApplies";
    /** When the deemed approval takes effect (start of the day after the period), a date-time. */
    public static final String DEEMED_APPROVAL_DUE = "deemedApprovalDue";
    /** Last day of the decision period (ISO date, {@code 2026-02-17}); the certificate says "mit Ablauf des …". */
    public static final String DEEMED_APPROVAL_DATE = "deemedApprovalDate";
    /** Who completed the decision task (four-eyes principle, see {@link FourEyesPrinciple}). */
    public static final String DECIDED_BY = "decidedBy";

    /** Who completed the second check of the four-eyes principle. */
    public static final String SECOND_OPINION_BY = "secondOpinionBy";
    /**
     * Comma-separated keys of the citizen's submitted form data, which are process variables too. They are the
     * citizen's statement: a clerk reads them, never changes them (see {@link PersonVariableGuard}).
     */
    public static final String SUBMITTED_FIELDS = "submittedFields";

    /**
     * The variables only the platform writes (intake, delegates, listeners). No person may create, change or delete
     * them through the engine's API, whatever the path (task completion, form submission, REST and webapp variable
     * endpoints, message correlation, modification): {@link PersonVariableGuard} refuses it. A designer who adds a
     * platform-owned variable lists it here.
     */
    public static final Set<String> PLATFORM_OWNED = Set.of(
            CASE_ID, CASE_NUMBER, AUTHORITY_ID, AGS, SERVICE_ID, APPLICANT_NAME, PAYMENT_REFERENCE, NOTICE_DOCUMENT_ID,
            PAYMENT_SETTLED, PROCESSING_DEADLINE, PROCESSING_DAYS, DEEMED_APPROVAL_APPLIES, DEEMED_APPROVAL_DUE,
            DEEMED_APPROVAL_DATE, DECIDED_BY, SECOND_OPINION_BY, SUBMITTED_FIELDS,
            // set by the shared call activities and deadline listeners
            "paymentOutcome", "replyDeadline", "paymentDeadline", "noticeKind", "noticeKey", "messageTemplate",
            "messageKey", "supplementedDocuments", "deemedApprovalDateText", "deemedApprovalPausedSince",
            "deemedApprovalJobId",
            // task-local columns of the Tasklist filters (module tasks)
            "serviceName", "documentRequestAnswered");

    private ProcessVariables() {
    }
}
