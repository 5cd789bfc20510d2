package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of the Bewohnerparkausweis process (OZG 10173) on an in-memory engine, with the Spring beans
 * behind {@code ${caseStatus}}, {@code ${requestPayment}}, {@code ${createNotice}} and {@code ${cancelPayment}}
 * replaced by Mockito mocks.
 */
@Deployment(resources = {
        BewohnerparkausweisProcessTest.BPMN,
        BewohnerparkausweisProcessTest.DMN,
        "forms/services/10173-bewohnerparkausweis.form",
        "forms/tasks/task-formal-check.form",
        "forms/tasks/task-review.form",
        "forms/tasks/task-decision.form"})
class BewohnerparkausweisProcessTest {

    static final String BPMN = "processes/services/mobilitaet-reisen/10173-bewohnerparkausweis.bpmn";
    static final String DMN = "processes/decisions/fee-10173.dmn";

    private static final String PROCESS_KEY = "ozg-10173";
    private static final String PAYMENT_RECEIVED = "ZahlungEingegangen";
    private static final String CLERKS = "ags-16051000-sachbearbeitung";
    private static final long CASE_ID = 4711L;
    /** Monday 17 Nov 2025, 09:00 Berlin. Every test runs on this fixed engine clock. */
    private static final Instant NOW = Instant.parse("2025-11-17T08:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    private final CaseStatusListener caseStatus = mock(CaseStatusListener.class);
    private final RequestPaymentDelegate requestPayment = mock(RequestPaymentDelegate.class);
    private final CreateNoticeDelegate createNotice = mock(CreateNoticeDelegate.class);
    private final CancelPaymentListener cancelPayment = mock(CancelPaymentListener.class);

    /** "STATUS@activityId" for each ${caseStatus.record(...)} call, in order. */
    private final List<String> recordedStatuses = new ArrayList<>();
    /** What ${createNotice} saw, one entry per successful call. */
    private final List<IssuedNotice> issuedNotices = new ArrayList<>();
    /** feeAmount as ${requestPayment} saw it, one entry per call. */
    private final List<Object> requestedFees = new ArrayList<>();

    record IssuedNotice(String kind, String rejectionReason, Object permitValidUntil, Object feeAmount) {
    }

    @BeforeEach
    void setUp() throws Exception {
        ClockUtil.setCurrentTime(Date.from(NOW));
        ProcessEngine engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);

        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            recordedStatuses.add(call.getArgument(1) + "@" + execution.getCurrentActivityId());
            return null;
        }).when(caseStatus).record(any(), any());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            requestedFees.add(execution.getVariable("feeAmount"));
            execution.setVariable("paymentReference", "PAY-" + execution.getVariable("caseId"));
            return null;
        }).when(requestPayment).execute(any());
        doAnswer(this::recordNotice).when(createNotice).execute(any());

        Mocks.register("caseStatus", caseStatus);
        Mocks.register("requestPayment", requestPayment);
        Mocks.register("createNotice", createNotice);
        Mocks.register("cancelPayment", cancelPayment);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------------------------------------ happy path

    @Test
    void approvesAfterPaymentAndIssuesThePermitWithTheErfurtFee() {
        ProcessInstance pi = submitApplication();

        BpmnAwareTests.assertThat(pi).isStarted().hasBusinessKey("BPA-2025-000123").isWaitingAtExactly("Task_FormalCheck");
        assertThat(recordedStatuses).containsExactly("IN_PRUEFUNG@Task_FormalCheck");
        complete(task(), withVariables("formalCheckPassed", true));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Review");
        complete(task(), withVariables("reviewPassed", true, "reviewRemark", "Hauptwohnung laut Melderegister im Gebiet A"));

        BpmnAwareTests.assertThat(pi)
                .hasPassedInOrder("Task_Review", "Gateway_Eligible", "Task_DetermineFee", "Task_RequestPayment")
                .isWaitingAtExactly("Gateway_AwaitPayment");
        BpmnAwareTests.assertThat(pi).variables()
                .containsEntry("feeAmount", 100.0)
                .hasEntrySatisfying("feeLegalBasis", basis -> assertThat((String) basis).contains("Stadt Erfurt"));
        assertThat(requestedFees).containsExactly(100.0);
        assertThat(variable(pi, "paymentReference")).isEqualTo("PAY-4711");
        assertThat(extension.getRuntimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventName(PAYMENT_RECEIVED).count()).isEqualTo(1);

        paymentArrives(pi);

        BpmnAwareTests.assertThat(pi).hasPassed("Event_PaymentReceived").isWaitingAtExactly("Task_Decision");
        assertThat(extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("the payment deadline timer is gone once the payment arrived").isZero();
        assertThat(recordedStatuses).containsExactly("IN_PRUEFUNG@Task_FormalCheck", "IN_ENTSCHEIDUNG@Task_Decision");
        complete(task(), withVariables("approved", true, "permitValidUntil", "2027-11-30"));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_IssuePermit");
        assertThat(issuedNotices).as("the notice is created asynchronously, not in the clerk's transaction").isEmpty();
        execute(job());

        assertThat(issuedNotices).containsExactly(new IssuedNotice("APPROVAL", null, "2027-11-30", 100.0));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Event_Submitted", "Task_FormalCheck", "Gateway_FormalOk", "Task_Review",
                        "Gateway_Eligible", "Task_DetermineFee", "Task_RequestPayment", "Gateway_AwaitPayment",
                        "Event_PaymentReceived", "Task_Decision", "Gateway_Approved", "Task_IssuePermit",
                        "Event_Approved")
                .hasNotPassed("Event_PaymentOverdue", "Task_IssueRejection", "Task_IssueDiscontinuation",
                        "Event_Rejected", "Event_Discontinued");
        verify(requestPayment, times(1)).execute(any());
        verifyNoInteractions(cancelPayment);
    }

    // ------------------------------------------------------------------------------------------------ rejections

    @Test
    void rejectsAtFormalCheckWithoutAskingForPayment() {
        ProcessInstance pi = submitApplication();

        complete(task(), withVariables("formalCheckPassed", false,
                "rejectionReason", "Die Zulassungsbescheinigung Teil I wurde nicht vorgelegt."));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_IssueRejection");
        execute(job());

        assertThat(issuedNotices).containsExactly(new IssuedNotice("REJECTION",
                "Die Zulassungsbescheinigung Teil I wurde nicht vorgelegt.", null, null));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_FormalCheck", "Gateway_FormalOk", "Task_IssueRejection", "Event_Rejected")
                .hasNotPassed("Task_Review", "Task_DetermineFee", "Task_RequestPayment", "Task_Decision",
                        "Task_IssuePermit", "Event_Approved");
        verifyNoInteractions(requestPayment, cancelPayment);
        assertThat(recordedStatuses).containsExactly("IN_PRUEFUNG@Task_FormalCheck");
    }

    @Test
    void rejectsAtReviewWithoutDeterminingAFee() {
        ProcessInstance pi = submitApplication();
        complete(task(), withVariables("formalCheckPassed", true));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Review");
        complete(task(), withVariables("reviewPassed", false,
                "rejectionReason", "Die Hauptwohnung liegt nicht im Bewohnerparkgebiet."));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_IssueRejection");
        execute(job());

        assertThat(issuedNotices).containsExactly(new IssuedNotice("REJECTION",
                "Die Hauptwohnung liegt nicht im Bewohnerparkgebiet.", null, null));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_FormalCheck", "Task_Review", "Gateway_Eligible", "Task_IssueRejection",
                        "Event_Rejected")
                .hasNotPassed("Task_DetermineFee", "Task_RequestPayment", "Task_Decision", "Event_Approved");
        assertThat(historicVariableNames(pi)).doesNotContain("feeAmount", "paymentReference");
        verifyNoInteractions(requestPayment, cancelPayment);
    }

    @Test
    void rejectsAtDecisionAfterThePaymentArrived() {
        ProcessInstance pi = submitApplication();
        complete(task(), withVariables("formalCheckPassed", true));
        complete(task(), withVariables("reviewPassed", true));
        paymentArrives(pi);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Decision");
        complete(task(), withVariables("approved", false,
                "rejectionReason", "Das Fahrzeug ist weder auf Sie zugelassen noch Ihnen dauerhaft überlassen."));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_IssueRejection");
        execute(job());

        assertThat(issuedNotices).containsExactly(new IssuedNotice("REJECTION",
                "Das Fahrzeug ist weder auf Sie zugelassen noch Ihnen dauerhaft überlassen.", null, 100.0));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_RequestPayment", "Event_PaymentReceived", "Task_Decision",
                        "Gateway_Approved", "Task_IssueRejection", "Event_Rejected")
                .hasNotPassed("Task_IssuePermit", "Event_Approved", "Task_IssueDiscontinuation");
        verify(requestPayment, times(1)).execute(any());
        verifyNoInteractions(cancelPayment);
    }

    // ------------------------------------------------------------------------------------------------ not paid

    @Test
    void discontinuesAndCancelsThePaymentWhenNotPaidWithinFourteenDays() {
        ProcessInstance pi = submitApplication();
        complete(task(), withVariables("formalCheckPassed", true));
        complete(task(), withVariables("reviewPassed", true));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Gateway_AwaitPayment");
        Job deadline = extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        assertThat(deadline).isNotNull();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(14)).minusSeconds(60)));
        assertThat(executableTimers(pi)).as("deadline not reached one minute before").isZero();
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(14))));
        assertThat(executableTimers(pi)).as("deadline reached after 14 days").isEqualTo(1);
        verifyNoInteractions(cancelPayment);

        execute(job());

        verify(cancelPayment, times(1)).notify(any());
        BpmnAwareTests.assertThat(pi).hasPassed("Event_PaymentOverdue").isWaitingAtExactly("Task_IssueDiscontinuation");
        assertThat(extension.getRuntimeService().createEventSubscriptionQuery().processInstanceId(pi.getId()).count())
                .as("no payment can be received any more").isZero();
        execute(job());

        assertThat(issuedNotices).containsExactly(new IssuedNotice("DISCONTINUATION", null, null, 100.0));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_RequestPayment", "Gateway_AwaitPayment", "Event_PaymentOverdue",
                        "Task_IssueDiscontinuation", "Event_Discontinued")
                .hasNotPassed("Event_PaymentReceived", "Task_Decision", "Task_IssuePermit", "Task_IssueRejection");
        assertThat(recordedStatuses).doesNotContain("IN_ENTSCHEIDUNG@Task_Decision");
    }

    @Test
    void doesNotAcceptAPaymentAfterTheDeadlineHasPassed() {
        ProcessInstance pi = submitApplication();
        complete(task(), withVariables("formalCheckPassed", true));
        complete(task(), withVariables("reviewPassed", true));
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(14))));
        execute(job());

        assertThatThrownBy(() -> paymentArrives(pi)).isInstanceOf(MismatchingMessageCorrelationException.class);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_IssueDiscontinuation");
    }

    @Test
    void paymentBeforeTheDeadlineLeavesTheOpenPaymentAlone() {
        ProcessInstance pi = submitApplication();
        complete(task(), withVariables("formalCheckPassed", true));
        complete(task(), withVariables("reviewPassed", true));
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(13))));

        paymentArrives(pi);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Decision");
        assertThat(extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        verifyNoInteractions(cancelPayment);
    }

    // ------------------------------------------------------------------------------------------------ user tasks

    @Test
    void offersEachClerkTaskToTheAuthoritysCaseWorkersWithDueDateAndForm() throws IOException {
        ProcessInstance pi = submitApplication();

        assertClerkTask(task(), "Task_FormalCheck", "task-formal-check", Duration.ofDays(3));
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(1))));
        complete(task(), withVariables("formalCheckPassed", true));

        assertClerkTask(task(), "Task_Review", "task-review", Duration.ofDays(1 + 7));
        complete(task(), withVariables("reviewPassed", true));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(5))));
        paymentArrives(pi);
        assertClerkTask(task(), "Task_Decision", "task-decision", Duration.ofDays(5 + 3));
    }

    @Test
    void startsFromTheDeployedApplicationForm() throws IOException {
        String definitionId = extension.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).singleResult().getId();

        CamundaFormRef formRef = extension.getFormService().getStartFormData(definitionId).getCamundaFormRef();
        assertThat(formRef.getKey()).isEqualTo("form-10173");
        assertThat(formRef.getBinding()).isEqualTo("latest");
        try (InputStream form = extension.getFormService().getDeployedStartForm(definitionId)) {
            JsonNode json = JSON.readTree(form);
            assertThat(json.path("id").asText()).isEqualTo("form-10173");
            assertThat(json.findValuesAsText("key")).contains("licensePlate", "vehicleHolder", "declarationTruthful");
        }
    }

    // ------------------------------------------------------------------------------------------------ retries

    @Test
    void retriesTheNoticeWhenCreatingItFailsOnce() {
        ProcessInstance pi = runToApproval();
        doAnswer(call -> {
            throw new IllegalStateException("PDF-Erzeugung nicht erreichbar");
        }).doAnswer(this::recordNotice).when(createNotice).execute(any());

        assertThatThrownBy(() -> execute(job())).hasMessageContaining("PDF-Erzeugung nicht erreichbar");

        Job failed = job();
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getExceptionMessage()).contains("PDF-Erzeugung nicht erreichbar");
        assertThat(failed.getDuedate()).as("R3/PT5M: next attempt five minutes later")
                .isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
        BpmnAwareTests.assertThat(pi).isNotEnded().isWaitingAtExactly("Task_IssuePermit");
        assertThat(issuedNotices).isEmpty();

        execute(job());

        assertThat(issuedNotices).extracting(IssuedNotice::kind).containsExactly("APPROVAL");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_Approved");
    }

    @Test
    void raisesAnIncidentAfterThreeFailedNoticeAttempts() {
        ProcessInstance pi = runToApproval();
        doAnswer(call -> {
            throw new IllegalStateException("PDF-Erzeugung nicht erreichbar");
        }).when(createNotice).execute(any());

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> execute(job())).hasMessageContaining("PDF-Erzeugung nicht erreichbar");
        }

        assertThat(job().getRetries()).isZero();
        Incident incident = extension.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId())
                .singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Task_IssuePermit");
        BpmnAwareTests.assertThat(pi).isNotEnded().isWaitingAtExactly("Task_IssuePermit");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ProcessInstance submitApplication() {
        Map<String, Object> variables = Variables.createVariables()
                .putValue("caseId", CASE_ID)
                .putValue("caseNumber", "BPA-2025-000123")
                .putValue("authorityId", "ags-16051000")
                .putValue("ags", "16051000")
                .putValue("serviceId", "10173")
                .putValue("applicantName", "Erika Mustermann")
                .putValue("firstName", "Erika")
                .putValue("lastName", "Mustermann")
                .putValue("street", "Johannesstraße")
                .putValue("houseNumber", "12a")
                .putValue("postalCode", "99084")
                .putValue("city", "Erfurt")
                .putValue("email", "erika.mustermann@example.org")
                .putValue("licensePlate", "EF-AB 123")
                .putValue("vehicleHolder", "self")
                .putValue("parkingZone", "A")
                .putValue("declarationTruthful", true);
        ProcessInstance pi = extension.getRuntimeService()
                .startProcessInstanceByKey(PROCESS_KEY, "BPA-2025-000123", variables);
        // also makes pi the instance that task() and job() refer to
        BpmnAwareTests.assertThat(pi).isStarted().isNotEnded();
        return pi;
    }

    /** Formal check and review passed, payment received, approved: waiting at the async notice job. */
    private ProcessInstance runToApproval() {
        ProcessInstance pi = submitApplication();
        complete(task(), withVariables("formalCheckPassed", true));
        complete(task(), withVariables("reviewPassed", true));
        paymentArrives(pi);
        complete(task(), withVariables("approved", true, "permitValidUntil", "2027-11-30"));
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_IssuePermit");
        return pi;
    }

    /** As PaymentService.confirm does it. */
    private void paymentArrives(ProcessInstance pi) {
        extension.getRuntimeService().createMessageCorrelation(PAYMENT_RECEIVED)
                .processInstanceId(pi.getId())
                .correlateWithResult();
    }

    private Object recordNotice(org.mockito.invocation.InvocationOnMock call) {
        DelegateExecution execution = call.getArgument(0);
        issuedNotices.add(new IssuedNotice(
                (String) execution.getVariableLocal("noticeKind"),
                (String) execution.getVariable("rejectionReason"),
                execution.getVariable("permitValidUntil"),
                execution.getVariable("feeAmount")));
        return null;
    }

    private void assertClerkTask(Task task, String activityId, String formKey, Duration dueAfterStart)
            throws IOException {
        BpmnAwareTests.assertThat(task)
                .hasDefinitionKey(activityId)
                .hasCandidateGroup(CLERKS)
                .isNotAssigned()
                .hasDueDate(Date.from(NOW.plus(dueAfterStart)));

        CamundaFormRef formRef = extension.getFormService().getTaskFormData(task.getId()).getCamundaFormRef();
        assertThat(formRef.getKey()).isEqualTo(formKey);
        assertThat(formRef.getBinding()).isEqualTo("latest");
        try (InputStream form = extension.getFormService().getDeployedTaskForm(task.getId())) {
            assertThat(JSON.readTree(form).path("id").asText()).isEqualTo(formKey);
        }
    }

    private Object variable(ProcessInstance pi, String name) {
        return extension.getRuntimeService().getVariable(pi.getId(), name);
    }

    private long executableTimers(ProcessInstance pi) {
        return extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().executable()
                .count();
    }

    private List<String> historicVariableNames(ProcessInstance pi) {
        return extension.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .list().stream().map(v -> v.getName()).toList();
    }
}
