package de.thueringen.antrag.workflow;

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

    private ProcessVariables() {
    }
}
