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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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

import de.thueringen.antrag.workflow.ProcessTestDelegates.SentMessage;

/**
 * Walks every path of the Bewohnerparkausweis process (OZG 10173) on an in-memory engine, together with the shared
 * call activities it uses ("Gebühr erheben", "Bescheid zustellen"), with the Spring beans behind
 * {@code ${caseStatus}}, {@code ${requestPayment}}, {@code ${createNotice}}, {@code ${sendMessage}} and
 * {@code ${cancelPayment}} replaced by Mockito mocks (see {@link ProcessTestDelegates}).
 */
@Deployment(resources = {
        BewohnerparkausweisProcessTest.BPMN,
        BewohnerparkausweisProcessTest.DMN,
        SharedPaymentProcessTest.BPMN,
        SharedDeliverNoticeProcessTest.BPMN,
        "forms/services/10173-bewohnerparkausweis.form",
        "forms/tasks/task-formal-check.form",
        "forms/tasks/task-review.form",
        "forms/tasks/task-decision.form"})
class BewohnerparkausweisProcessTest extends MockedDelegatesProcessTest {

    static final String BPMN = "processes/services/mobilitaet-reisen/10173-bewohnerparkausweis.bpmn";
    static final String DMN = "processes/decisions/fee-10173.dmn";

    private static final String PROCESS_KEY = "ozg-10173";
    private static final String PAYMENT = "shared-payment";
    private static final String NOTICE = "shared-deliver-notice";
    private static final String PAYMENT_RECEIVED = "ZahlungEingegangen";
    private static final String CASE_NUMBER = "BPA-2025-000123";
    private static final String CLERKS = "ags-16051000-sachbearbeitung";
    private static final long CASE_ID = 4711L;
    private static final ObjectMapper JSON = new ObjectMapper();

    // ------------------------------------------------------------------------------------------------ happy path

    @Test
    void approvesAfterPaymentAndIssuesThePermitWithTheErfurtFee() {
        ProcessInstance pi = submitApplication();

        BpmnAwareTests.assertThat(pi).isStarted().hasBusinessKey(CASE_NUMBER).isWaitingAtExactly("Task_FormalCheck");
        assertThat(delegates.statuses).containsExactly("IN_PRUEFUNG@Task_FormalCheck");
        complete(task(pi), withVariables("formalCheckPassed", true));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Review");
        complete(task(pi), withVariables("reviewPassed", true, "reviewRemark", "Hauptwohnung laut Melderegister im Gebiet A"));

        BpmnAwareTests.assertThat(pi)
                .hasPassedInOrder("Task_Review", "Gateway_Eligible", "Task_DetermineFee")
                .isWaitingAtExactly("Activity_CollectFee");
        BpmnAwareTests.assertThat(pi).variables()
                .containsEntry("feeAmount", 100.0)
                .hasEntrySatisfying("feeLegalBasis", basis -> assertThat((String) basis).contains("Stadt Erfurt"));

        ProcessInstance fee = subProcess(pi, PAYMENT);
        assertThat(fee.getBusinessKey()).as("the payment service finds the fee by case number").isEqualTo(CASE_NUMBER);
        Map<String, Object> passed = extension.getRuntimeService().getVariables(fee.getId());
        assertThat(passed).containsEntry("caseId", CASE_ID)
                .containsEntry("caseNumber", CASE_NUMBER)
                .containsEntry("feeAmount", 100.0)
                .containsEntry("paymentReminderAfter", "P10D")
                .containsEntry("paymentFinalPeriod", "P7D")
                .as("only what the fee needs, no form data").doesNotContainKeys("licensePlate", "applicantName");
        assertThat((String) passed.get("feeLegalBasis")).contains("Stadt Erfurt");

        requestPayment(pi);

        assertThat(delegates.requestedFees).containsExactly(100.0);
        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE");
        assertThat(delegates.messageTemplates()).containsExactly("ZAHLUNGSAUFFORDERUNG");

        paymentArrives();

        BpmnAwareTests.assertThat(pi).hasPassed("Activity_CollectFee", "Gateway_Paid").isWaitingAtExactly("Task_Decision");
        assertThat(variable(pi, "paymentOutcome")).isEqualTo("PAID");
        assertThat(variable(pi, "paymentReference")).isEqualTo("PAY-4711");
        assertThat(extension.getManagementService().createJobQuery().count())
                .as("no timer of the fee is left once the payment arrived").isZero();
        assertThat(delegates.statuses).containsExactly("IN_PRUEFUNG@Task_FormalCheck",
                "ZAHLUNG_AUSSTEHEND@Task_RequestPayment", "BEZAHLT@Event_Paid", "IN_ENTSCHEIDUNG@Task_Decision");
        complete(task(pi), withVariables("approved", true, "permitValidUntil", "2027-11-30"));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_IssuePermit");
        assertThat(delegates.noticeKinds()).as("the notice is created asynchronously, not in the clerk's transaction")
                .containsExactly("FEE_NOTICE");
        deliverNotice(pi);

        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE", "APPROVAL");
        assertThat(delegates.notices.get(1).read())
                .containsEntry("permitValidUntil", "2027-11-30")
                .containsEntry("feeAmount", 100.0)
                .doesNotContainKey("rejectionReason");
        assertThat(delegates.messages).containsExactly(
                new SentMessage("ZAHLUNGSAUFFORDERUNG", null, 1001L),
                new SentMessage("BESCHEID_ZUGESTELLT", "APPROVAL", 1002L));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Event_Submitted", "Task_FormalCheck", "Gateway_FormalOk", "Task_Review",
                        "Gateway_Eligible", "Task_DetermineFee", "Activity_CollectFee", "Gateway_Paid",
                        "Task_Decision", "Gateway_Approved", "Activity_IssuePermit", "Event_Approved")
                .hasNotPassed("Activity_IssueRejection", "Event_Rejected", "Event_Discontinued");
        verify(delegates.requestPayment, times(1)).execute(any());
        verifyNoInteractions(delegates.cancelPayment);
    }

    // ------------------------------------------------------------------------------------------------ rejections

    @Test
    void rejectsAtFormalCheckWithoutAskingForPayment() {
        ProcessInstance pi = submitApplication();

        complete(task(pi), withVariables("formalCheckPassed", false,
                "rejectionReason", "Die Zulassungsbescheinigung Teil I wurde nicht vorgelegt."));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_IssueRejection");
        assertThat(subProcess(pi, NOTICE).getBusinessKey()).isEqualTo(CASE_NUMBER);
        deliverNotice(pi);

        assertThat(delegates.noticeKinds()).containsExactly("REJECTION");
        assertThat(delegates.notices.get(0).read())
                .containsEntry("rejectionReason", "Die Zulassungsbescheinigung Teil I wurde nicht vorgelegt.")
                .doesNotContainKeys("feeAmount", "permitValidUntil");
        assertThat(delegates.messages).containsExactly(new SentMessage("BESCHEID_ZUGESTELLT", "REJECTION", 1001L));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_FormalCheck", "Gateway_FormalOk", "Activity_IssueRejection", "Event_Rejected")
                .hasNotPassed("Task_Review", "Task_DetermineFee", "Activity_CollectFee", "Task_Decision",
                        "Activity_IssuePermit", "Event_Approved");
        assertThat(calledInstances(pi, PAYMENT)).isZero();
        verifyNoInteractions(delegates.requestPayment, delegates.cancelPayment);
        assertThat(delegates.statuses).containsExactly("IN_PRUEFUNG@Task_FormalCheck");
    }

    @Test
    void rejectsAtReviewWithoutDeterminingAFee() {
        ProcessInstance pi = submitApplication();
        complete(task(pi), withVariables("formalCheckPassed", true));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Review");
        complete(task(pi), withVariables("reviewPassed", false,
                "rejectionReason", "Die Hauptwohnung liegt nicht im Bewohnerparkgebiet."));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_IssueRejection");
        deliverNotice(pi);

        assertThat(delegates.noticeKinds()).containsExactly("REJECTION");
        assertThat(delegates.notices.get(0).read())
                .containsEntry("rejectionReason", "Die Hauptwohnung liegt nicht im Bewohnerparkgebiet.")
                .doesNotContainKey("feeAmount");
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_FormalCheck", "Task_Review", "Gateway_Eligible", "Activity_IssueRejection",
                        "Event_Rejected")
                .hasNotPassed("Task_DetermineFee", "Activity_CollectFee", "Task_Decision", "Event_Approved");
        assertThat(historicVariableNames(pi)).doesNotContain("feeAmount", "paymentReference", "paymentOutcome");
        assertThat(calledInstances(pi, PAYMENT)).isZero();
        verifyNoInteractions(delegates.requestPayment, delegates.cancelPayment);
    }

    @Test
    void rejectsAtDecisionAfterThePaymentArrived() {
        ProcessInstance pi = submitApplication();
        complete(task(pi), withVariables("formalCheckPassed", true));
        complete(task(pi), withVariables("reviewPassed", true));
        requestPayment(pi);
        paymentArrives();

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Decision");
        complete(task(pi), withVariables("approved", false,
                "rejectionReason", "Das Fahrzeug ist weder auf Sie zugelassen noch Ihnen dauerhaft überlassen."));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_IssueRejection");
        deliverNotice(pi);

        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE", "REJECTION");
        assertThat(delegates.notices.get(1).read())
                .containsEntry("rejectionReason", "Das Fahrzeug ist weder auf Sie zugelassen noch Ihnen dauerhaft überlassen.")
                .containsEntry("feeAmount", 100.0);
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Activity_CollectFee", "Gateway_Paid", "Task_Decision", "Gateway_Approved",
                        "Activity_IssueRejection", "Event_Rejected")
                .hasNotPassed("Activity_IssuePermit", "Event_Approved", "Event_Discontinued");
        verify(delegates.requestPayment, times(1)).execute(any());
        verifyNoInteractions(delegates.cancelPayment);
    }

    // ------------------------------------------------------------------------------------------------ payment

    @Test
    void discontinuesThroughTheFeeBuildingBlockWhenNotPaidAfterReminderAndFinalPeriod() throws Exception {
        ProcessInstance pi = submitApplication();
        complete(task(pi), withVariables("formalCheckPassed", true));
        complete(task(pi), withVariables("reviewPassed", true));
        ProcessInstance fee = requestPayment(pi);

        Job reminder = singleTimer(fee);
        assertThat(reminder.getDuedate()).as("reminder after 10 days").isEqualTo(Date.from(NOW.plus(Duration.ofDays(10))));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        assertThat(delegates.messageTemplates()).containsExactly("ZAHLUNGSAUFFORDERUNG", "ZAHLUNGSERINNERUNG");

        Job deadline = singleTimer(fee);
        assertThat(deadline.getDuedate()).as("final period of 7 more days")
                .isEqualTo(Date.from(NOW.plus(Duration.ofDays(17))));
        ClockUtil.setCurrentTime(deadline.getDuedate());
        verifyNoInteractions(delegates.cancelPayment);
        execute(deadline);

        verify(delegates.cancelPayment, times(1)).notify(any());
        BpmnAwareTests.assertThat(fee).isWaitingAtExactly("Task_IssueDiscontinuation");
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_CollectFee");
        execute(job(fee));

        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE", "DISCONTINUATION");
        assertThat(delegates.messages).last().isEqualTo(new SentMessage("BESCHEID_ZUGESTELLT", "DISCONTINUATION", 1002L));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_DetermineFee", "Activity_CollectFee", "Gateway_Paid", "Event_Discontinued")
                .hasNotPassed("Task_Decision", "Activity_IssuePermit", "Activity_IssueRejection");
        assertThat(historicVariable(pi, "paymentOutcome")).isEqualTo("CANCELLED");
        assertThat(calledInstances(pi, NOTICE)).as("the building block already delivered the discontinuation").isZero();
        assertThat(delegates.statuses).doesNotContain("IN_ENTSCHEIDUNG@Task_Decision", "BEZAHLT@Event_Paid");
    }

    @Test
    void doesNotAcceptAPaymentAfterTheFinalPeriodHasPassed() {
        ProcessInstance pi = submitApplication();
        complete(task(pi), withVariables("formalCheckPassed", true));
        complete(task(pi), withVariables("reviewPassed", true));
        ProcessInstance fee = requestPayment(pi);
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(10))));
        execute(singleTimer(fee));
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(17))));
        execute(singleTimer(fee));

        assertThatThrownBy(this::paymentArrives).isInstanceOf(MismatchingMessageCorrelationException.class);
        BpmnAwareTests.assertThat(fee).isWaitingAtExactly("Task_IssueDiscontinuation");
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_CollectFee");
    }

    @Test
    void paymentAfterTheReminderLeadsToTheDecisionAndLeavesThePaymentAlone() {
        ProcessInstance pi = submitApplication();
        complete(task(pi), withVariables("formalCheckPassed", true));
        complete(task(pi), withVariables("reviewPassed", true));
        ProcessInstance fee = requestPayment(pi);
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(10))));
        execute(singleTimer(fee));
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(16))));

        paymentArrives();

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Decision");
        assertThat(variable(pi, "paymentOutcome")).isEqualTo("PAID");
        assertThat(extension.getManagementService().createJobQuery().count()).isZero();
        verifyNoInteractions(delegates.cancelPayment);
    }

    @Test
    void feePaidWithTheApplicationGoesStraightToTheDecision() {
        delegates.feeAlreadyPaid = true;
        ProcessInstance pi = submitApplication();
        complete(task(pi), withVariables("formalCheckPassed", true));
        complete(task(pi), withVariables("reviewPassed", true));

        execute(job(subProcess(pi, PAYMENT)));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Decision");
        assertThat(variable(pi, "paymentOutcome")).isEqualTo("PAID");
        assertThat(delegates.notices).as("no fee notice, no payment request").isEmpty();
        assertThat(delegates.messages).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ user tasks

    @Test
    void offersEachClerkTaskToTheAuthoritysCaseWorkersWithDueDateAndForm() throws IOException {
        ProcessInstance pi = submitApplication();

        assertClerkTask(task(pi), "Task_FormalCheck", "task-formal-check", Duration.ofDays(3));
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(1))));
        complete(task(pi), withVariables("formalCheckPassed", true));

        assertClerkTask(task(pi), "Task_Review", "task-review", Duration.ofDays(1 + 7));
        complete(task(pi), withVariables("reviewPassed", true));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(5))));
        requestPayment(pi);
        paymentArrives();
        assertClerkTask(task(pi), "Task_Decision", "task-decision", Duration.ofDays(5 + 3));
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
    void retriesTheNoticeWhenCreatingItFailsOnce() throws Exception {
        ProcessInstance pi = runToApproval();
        doAnswer(call -> {
            throw new IllegalStateException("PDF-Erzeugung nicht erreichbar");
        }).doAnswer(delegates::issueNotice).when(delegates.createNotice).execute(any());
        ProcessInstance notice = subProcess(pi, NOTICE);

        assertThatThrownBy(() -> execute(job(notice))).hasMessageContaining("PDF-Erzeugung nicht erreichbar");

        Job failed = job(notice);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getExceptionMessage()).contains("PDF-Erzeugung nicht erreichbar");
        assertThat(failed.getDuedate()).as("R3/PT5M: next attempt five minutes later")
                .isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
        BpmnAwareTests.assertThat(pi).isNotEnded().isWaitingAtExactly("Activity_IssuePermit");
        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE");

        execute(failed);

        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE", "APPROVAL");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_Approved");
    }

    @Test
    void raisesAnIncidentThatTheClerksProcessShowsAfterThreeFailedNoticeAttempts() throws Exception {
        ProcessInstance pi = runToApproval();
        doAnswer(call -> {
            throw new IllegalStateException("PDF-Erzeugung nicht erreichbar");
        }).when(delegates.createNotice).execute(any());
        ProcessInstance notice = subProcess(pi, NOTICE);

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> execute(job(notice))).hasMessageContaining("PDF-Erzeugung nicht erreichbar");
        }

        assertThat(job(notice).getRetries()).isZero();
        Incident cause = extension.getRuntimeService().createIncidentQuery().processInstanceId(notice.getId())
                .singleResult();
        assertThat(cause.getActivityId()).isEqualTo("Task_CreateNotice");
        Incident shown = extension.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId())
                .singleResult();
        assertThat(shown).as("the incident is propagated to the call activity").isNotNull();
        assertThat(shown.getActivityId()).isEqualTo("Activity_IssuePermit");
        assertThat(shown.getRootCauseIncidentId()).isEqualTo(cause.getId());
        BpmnAwareTests.assertThat(pi).isNotEnded().isWaitingAtExactly("Activity_IssuePermit");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ProcessInstance submitApplication() {
        Map<String, Object> variables = Variables.createVariables()
                .putValue("caseId", CASE_ID)
                .putValue("caseNumber", CASE_NUMBER)
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
        ProcessInstance pi = extension.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER, variables);
        BpmnAwareTests.assertThat(pi).isStarted().isNotEnded();
        return pi;
    }

    /** Runs the fee building block's first job (request, fee notice, payment request); returns its instance. */
    private ProcessInstance requestPayment(ProcessInstance pi) {
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_CollectFee");
        ProcessInstance fee = subProcess(pi, PAYMENT);
        execute(job(fee));
        BpmnAwareTests.assertThat(fee).isWaitingAtExactly("Gateway_AwaitPayment");
        return fee;
    }

    /** As PaymentService.confirm does it: by business key (= case number). */
    private void paymentArrives() {
        extension.getRuntimeService().createMessageCorrelation(PAYMENT_RECEIVED)
                .processInstanceBusinessKey(CASE_NUMBER)
                .correlateWithResult();
    }

    /** Runs the job of the running "Bescheid zustellen" building block. */
    private void deliverNotice(ProcessInstance pi) {
        execute(job(subProcess(pi, NOTICE)));
    }

    /** Formal check and review passed, payment received, approved: waiting at the async notice job. */
    private ProcessInstance runToApproval() {
        ProcessInstance pi = submitApplication();
        complete(task(pi), withVariables("formalCheckPassed", true));
        complete(task(pi), withVariables("reviewPassed", true));
        requestPayment(pi);
        paymentArrives();
        complete(task(pi), withVariables("approved", true, "permitValidUntil", "2027-11-30"));
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_IssuePermit");
        return pi;
    }

    private ProcessInstance subProcess(ProcessInstance pi, String key) {
        ProcessInstance sub = extension.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(pi.getId()).processDefinitionKey(key).singleResult();
        assertThat(sub).as("running call of " + key).isNotNull();
        return sub;
    }

    private long calledInstances(ProcessInstance pi, String key) {
        return extension.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(pi.getId()).processDefinitionKey(key).count();
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

    private Object historicVariable(ProcessInstance pi, String name) {
        return extension.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(name).singleResult().getValue();
    }

    private Job singleTimer(ProcessInstance pi) {
        Job timer = extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        assertThat(timer).as("exactly one timer").isNotNull();
        return timer;
    }

    private List<String> historicVariableNames(ProcessInstance pi) {
        return extension.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .list().stream().map(v -> v.getName()).toList();
    }
}
