package de.thueringen.antrag.workflow;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.invocation.InvocationOnMock;

/**
 * The Spring beans that BPMN calls by name ({@code ${caseStatus}}, {@code ${requestPayment}},
 * {@code ${createNotice}}, {@code ${sendMessage}}, {@code ${cancelPayment}}) as Mockito mocks for the
 * {@code *ProcessTest} tier, each recording what it saw, in order. The beans that only compute from process variables
 * and the engine ({@code ${deadlines}}, {@code ${deemedApproval}}, {@code ${fourEyes}}) are the real ones. Notices get document ids 1001, 1002, … in the
 * order they are created, so a test can check which document a message carried.
 */
final class ProcessTestDelegates {

    /** Variables that {@code ${createNotice}} reads; the ones set when it ran end up in {@link IssuedNotice#read()}. */
    private static final List<String> NOTICE_INPUTS = List.of("caseId", "rejectionReason", "permitValidUntil",
            "feeAmount", "feeLegalBasis", "paymentReference", "missingDocuments", "replyDeadline", "noticeKey",
            "deemedApprovalDate");

    final CaseStatusListener caseStatus = mock(CaseStatusListener.class);
    final RequestPaymentDelegate requestPayment = mock(RequestPaymentDelegate.class);
    final CreateNoticeDelegate createNotice = mock(CreateNoticeDelegate.class);
    final SendMessageDelegate sendMessage = mock(SendMessageDelegate.class);
    final CancelPaymentListener cancelPayment = mock(CancelPaymentListener.class);
    final TaskDeadlines deadlines = new TaskDeadlines();
    final DeemedApproval deemedApproval = new DeemedApproval();
    final FourEyesPrinciple fourEyes = new FourEyesPrinciple();

    /** "STATUS@activityId" for each {@code ${caseStatus.record(...)}} call. */
    final List<String> statuses = new ArrayList<>();
    /** feeAmount as {@code ${requestPayment}} saw it, one entry per call. */
    final List<Object> requestedFees = new ArrayList<>();
    /** One entry per successful {@code ${createNotice}} call. */
    final List<IssuedNotice> notices = new ArrayList<>();
    /** One entry per successful {@code ${sendMessage}} call. */
    final List<SentMessage> messages = new ArrayList<>();

    /** What {@code ${requestPayment}} answers in paymentSettled: true when the fee was paid with the application. */
    boolean feeAlreadyPaid;
    private long nextDocumentId = 1001;

    /**
     * @param kind       the local input {@code noticeKind}
     * @param documentId the {@code noticeDocumentId} the mock set
     * @param read       the notice's input variables that were set (see {@link #NOTICE_INPUTS})
     */
    record IssuedNotice(String kind, long documentId, Map<String, Object> read) {
    }

    /**
     * @param template   the local input {@code messageTemplate}
     * @param key        {@code messageKey}, or null
     * @param attachment {@code noticeDocumentId} at the time of sending, or null
     */
    record SentMessage(String template, Object key, Object attachment) {
    }

    ProcessTestDelegates() throws Exception {
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            statuses.add(call.getArgument(1) + "@" + execution.getCurrentActivityId());
            return null;
        }).when(caseStatus).record(any(), any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            requestedFees.add(execution.getVariable("feeAmount"));
            execution.setVariable("paymentReference", "PAY-" + execution.getVariable("caseId"));
            execution.setVariable("paymentSettled", feeAlreadyPaid);
            return null;
        }).when(requestPayment).execute(any());
        doAnswer(this::issueNotice).when(createNotice).execute(any());
        doAnswer(this::sendMessage).when(sendMessage).execute(any());
    }

    void register() {
        Mocks.register("caseStatus", caseStatus);
        Mocks.register("requestPayment", requestPayment);
        Mocks.register("createNotice", createNotice);
        Mocks.register("sendMessage", sendMessage);
        Mocks.register("cancelPayment", cancelPayment);
        Mocks.register("deadlines", deadlines);
        Mocks.register("deemedApproval", deemedApproval);
        Mocks.register("fourEyes", fourEyes);
    }

    /** The mock's behaviour of {@code ${createNotice}}, for {@code doAnswer(...)} chains after a failure. */
    Object issueNotice(InvocationOnMock call) {
        DelegateExecution execution = call.getArgument(0);
        Map<String, Object> read = new LinkedHashMap<>();
        for (String name : NOTICE_INPUTS) {
            Object value = execution.getVariable(name);
            if (value != null) {
                read.put(name, value);
            }
        }
        long documentId = nextDocumentId++;
        notices.add(new IssuedNotice((String) execution.getVariableLocal("noticeKind"), documentId, read));
        execution.setVariable("noticeDocumentId", documentId);
        return null;
    }

    /** The mock's behaviour of {@code ${sendMessage}}, for {@code doAnswer(...)} chains after a failure. */
    Object sendMessage(InvocationOnMock call) {
        DelegateExecution execution = call.getArgument(0);
        messages.add(new SentMessage((String) execution.getVariableLocal("messageTemplate"),
                execution.getVariable("messageKey"), execution.getVariable("noticeDocumentId")));
        return null;
    }

    List<String> noticeKinds() {
        return notices.stream().map(IssuedNotice::kind).toList();
    }

    List<String> messageTemplates() {
        return messages.stream().map(SentMessage::template).toList();
    }
}
