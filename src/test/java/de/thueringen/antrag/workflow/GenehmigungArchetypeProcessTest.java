package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.IOException;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Archetype GENEHMIGUNG (application with fee and decision), walked on two generated services: Bauvorbescheid und
 * Baugenehmigung (OZG 10519, with the fee table fee-10519, four-eyes decisions and — in the simplified procedure only —
 * the deemed approval, see {@link DeemedApprovalProcessTest}; here the regular procedure) and Baumfällgenehmigung
 * (OZG 10112, no fee table: the clerk sets the fee or leaves it at nothing). Every path: approval after payment and
 * second opinion, the document-request loops of the formal check and of the review (answered and unanswered),
 * rejection at each clerk step, the fee waived, the fee not paid; due dates from the statutory processing period.
 */
@Deployment(resources = {
        GenehmigungArchetypeProcessTest.WITH_FEE_TABLE,
        GenehmigungArchetypeProcessTest.FEE_TABLE,
        "forms/services/10519-bauvorbescheid-und-baugenehmigung.form",
        GenehmigungArchetypeProcessTest.WITHOUT_FEE_TABLE,
        "forms/services/10112-baumfaellgenehmigung.form",
        AbstractArchetypeProcessTest.SHARED_PAYMENT,
        AbstractArchetypeProcessTest.SHARED_DOCUMENT_REQUEST,
        AbstractArchetypeProcessTest.SHARED_DELIVER_NOTICE,
        AbstractArchetypeProcessTest.FORMAL_CHECK_FORM,
        AbstractArchetypeProcessTest.REVIEW_FORM,
        AbstractArchetypeProcessTest.DECISION_FORM,
        AbstractArchetypeProcessTest.SECOND_OPINION_FORM})
class GenehmigungArchetypeProcessTest extends AbstractArchetypeProcessTest {

    static final String WITH_FEE_TABLE = "processes/services/bauen-wohnen/10519-bauvorbescheid-und-baugenehmigung.bpmn";
    static final String FEE_TABLE = "processes/decisions/fee-10519.dmn";
    static final String WITHOUT_FEE_TABLE = "processes/services/bauen-wohnen/10112-baumfaellgenehmigung.bpmn";
    /** Form data the fee table fee-10519 reads. */
    static final Map<String, Object> BUILDING = Map.of("procedure", "regulaer", "buildingValue", 200_000.0);

    @Test
    void approvesAfterTheFeeFromTheFeeTableIsPaid() throws IOException {
        Object fee = feeFromTable("fee-10519", BUILDING);
        assertThat(fee).as("the table gives a fee for this building").isInstanceOf(Double.class);
        ProcessInstance pi = submit("10519", BUILDING);

        assertClerkTask(pi, "Task_FormalCheck", "antrag-formelle-pruefung", 3);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");

        BpmnAwareTests.assertThat(pi).hasPassed("Task_DetermineFee");
        assertThat(variable(pi, "feeAmount")).as("prefilled for the review").isEqualTo(fee);
        assertThat(variable(pi, "feeLegalBasis")).isNotNull();
        assertClerkTask(pi, "Task_Review", "antrag-sachliche-pruefung", 7);
        complete(pi, "Task_Review", "reviewPassed", true, "reviewRemark", "Bebauungsplan eingehalten.");

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_Processing", "Activity_Payment");
        ProcessInstance payment = called("shared-payment");
        assertThat(payment.getBusinessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(variable(payment, "feeAmount")).isEqualTo(fee);
        assertThat(variable(payment, "caseId")).isEqualTo(variable(pi, "caseId"));
        assertThat(variable(payment, "paymentReminderAfter")).isEqualTo("P10D");
        assertThat(variable(payment, "paymentFinalPeriod")).isEqualTo("P7D");
        feeIsRequestedAndPaid(pi);

        assertThat(variable(pi, "paymentOutcome")).isEqualTo("PAID");
        assertClerkTask(pi, "Task_Decision", "antrag-entscheidung", 3);
        completeAs("erfurt.sb", pi, "Task_Decision", "approved", true);
        assertThat(variable(pi, "decidedBy")).isEqualTo("erfurt.sb");
        assertClerkTask(pi, "Task_SecondOpinion", "antrag-zweitpruefung", 2);
        completeAs("erfurt.sl", pi, "Task_SecondOpinion", "secondOpinionAgrees", true);
        assertThat(variable(pi, "secondOpinionBy")).isEqualTo("erfurt.sl");
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_NoticeApproval");
        assertThat(calledVariable("shared-deliver-notice", "noticeKind")).isEqualTo("APPROVAL");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Event_Submitted", "Task_FormalCheck", "Gateway_FormalCheck", "Task_DetermineFee",
                        "Task_Review", "Gateway_ReviewPassed", "Gateway_FeeDue", "Activity_Payment", "Gateway_Paid",
                        "Task_Decision", "Task_SecondOpinion", "Gateway_SecondOpinion", "Event_Decided",
                        "Gateway_Approved", "Activity_NoticeApproval", "Event_Approved")
                .hasNotPassed("Activity_RequestDocuments", "Activity_RequestDocumentsReview", "Activity_NoticeRejection",
                        "Event_Discontinued", "Activity_NoticeDeemedApproval");
        assertThat(extension.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("deemedApprovalApplies").singleResult().getValue()).as("regular procedure").isEqualTo(false);
        assertThat(noticeKinds()).containsExactly("FEE_NOTICE", "APPROVAL");
        assertThat(notice("APPROVAL")).containsEntry("feeAmount", fee);
        assertThat(delegates.statuses).containsExactly("IN_PRUEFUNG@Task_FormalCheck",
                "ZAHLUNG_AUSSTEHEND@Task_RequestPayment", "BEZAHLT@Event_Paid", "IN_ENTSCHEIDUNG@Task_Decision");
    }

    @Test
    void asksForMissingDocumentsAndComesBackToTheFormalCheckWithOrWithoutAnAnswer() throws IOException {
        ProcessInstance pi = submit("10112");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "request", "missingDocuments", "Lageplan mit dem Baum");

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_RequestDocuments");
        ProcessInstance request = called("shared-document-request");
        assertThat(request.getBusinessKey()).isEqualTo(pi.getBusinessKey());
        assertThat(variable(request, "missingDocuments")).isEqualTo("Lageplan mit dem Baum");
        assertThat(variable(request, "replyPeriod")).isEqualTo("P14D");
        runJobs();
        citizenReplies(pi);

        assertClerkTask(pi, "Task_FormalCheck", "antrag-formelle-pruefung", 3);
        assertThat(variable(pi, "documentRequestAnswered")).isEqualTo(true);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "request", "missingDocuments", "Foto des Baumes");
        runJobs();
        daysPass(14);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_FormalCheck");
        assertThat(variable(pi, "documentRequestAnswered")).as("no reply within 14 days").isEqualTo(false);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "reject",
                "rejectionReason", "Die Unterlagen wurden trotz Nachforderung nicht eingereicht.");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Activity_NoticeRejection", "Event_Rejected")
                .hasNotPassed("Task_Review", "Task_Decision", "Activity_Payment");
        assertThat(noticeKinds()).containsExactly("DOCUMENT_REQUEST", "DOCUMENT_REQUEST", "REJECTION");
        assertThat(notice("REJECTION")).containsEntry("rejectionReason",
                "Die Unterlagen wurden trotz Nachforderung nicht eingereicht.");
        assertThat(extension.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_FormalCheck").count()).isEqualTo(3);
    }

    @Test
    void rejectsAtTheFormalCheck() {
        ProcessInstance pi = submit("10112");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "reject", "rejectionReason", "Kein Baum auf dem Grundstück.");

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_NoticeRejection");
        assertThat(calledVariable("shared-deliver-notice", "noticeKind")).isEqualTo("REJECTION");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Gateway_FormalCheck", "Activity_NoticeRejection", "Event_Rejected");
        assertThat(noticeKinds()).containsExactly("REJECTION");
        assertThat(notice("REJECTION")).containsEntry("rejectionReason", "Kein Baum auf dem Grundstück.");
        verifyNoInteractions(delegates.requestPayment);
    }

    @Test
    void rejectsAfterTheReviewWithoutAskingForTheFee() {
        ProcessInstance pi = submit("10519", BUILDING);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", false, "rejectionReason", "Das Vorhaben widerspricht dem Bebauungsplan.");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Gateway_ReviewPassed", "Activity_NoticeRejection", "Event_Rejected")
                .hasNotPassed("Gateway_FeeDue", "Activity_Payment", "Task_Decision");
        assertThat(noticeKinds()).containsExactly("REJECTION");
        verifyNoInteractions(delegates.requestPayment);
    }

    @Test
    void rejectsAtTheDecisionAfterThePayment() {
        ProcessInstance pi = submit("10519", BUILDING);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true);
        feeIsRequestedAndPaid(pi);
        completeAs("erfurt.sb", pi, "Task_Decision", "approved", false, "rejectionReason", "Die Erschließung ist nicht gesichert.");
        completeAs("erfurt.sl", pi, "Task_SecondOpinion", "secondOpinionAgrees", true);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Activity_Payment", "Task_Decision", "Gateway_Approved",
                "Activity_NoticeRejection", "Event_Rejected").hasNotPassed("Activity_NoticeApproval");
        assertThat(noticeKinds()).containsExactly("FEE_NOTICE", "REJECTION");
        assertThat(notice("REJECTION")).containsEntry("rejectionReason", "Die Erschließung ist nicht gesichert.");
    }

    @Test
    void endsAsDiscontinuedWhenTheFeeIsNotPaid() {
        ProcessInstance pi = submit("10519", BUILDING);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true);
        feeIsRequestedAndNotPaid(pi);

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Activity_Payment", "Gateway_Paid", "Event_Discontinued")
                .hasNotPassed("Task_Decision", "Activity_NoticeApproval", "Activity_NoticeRejection");
        assertThat(extension.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("paymentOutcome").singleResult().getValue()).isEqualTo("CANCELLED");
        assertThat(noticeKinds()).as("shared-payment delivers the discontinuation").containsExactly("FEE_NOTICE", "DISCONTINUATION");
        verify(delegates.cancelPayment, times(1)).notify(any());
    }

    @Test
    void theClerkMayWaiveTheFeeFromTheTable() {
        ProcessInstance pi = submit("10519", BUILDING);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true, "feeAmount", 0.0, "feeLegalBasis", "gebührenfrei");

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_Processing", "Task_Decision").hasNotPassed("Activity_Payment");
        completeAs("erfurt.sb", pi, "Task_Decision", "approved", true);
        completeAs("erfurt.sl", pi, "Task_SecondOpinion", "secondOpinionAgrees", true);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_Approved");
        assertThat(noticeKinds()).containsExactly("APPROVAL");
        verifyNoInteractions(delegates.requestPayment);
    }

    @Test
    void withoutAFeeTableTheReviewSetsTheFeeOrNone() {
        BpmnModelInstance model = extension.getRepositoryService().getBpmnModelInstance(
                extension.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ozg-10112")
                        .singleResult().getId());
        assertThat((Object) model.getModelElementById("Task_DetermineFee")).isNull();

        ProcessInstance free = submit("10112");
        complete(free, "Task_FormalCheck", "formalCheckOutcome", "complete");
        assertThat(variable(free, "feeAmount")).as("no table, nothing prefilled").isNull();
        complete(free, "Task_Review", "reviewPassed", true);
        BpmnAwareTests.assertThat(free).as("an unset fee is no fee").isWaitingAtExactly("Task_Decision");

        ProcessInstance charged = submit("10112");
        complete(charged, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(charged, "Task_Review", "reviewPassed", true, "feeAmount", 45.0, "feeLegalBasis", "Baumschutzsatzung § 7");
        BpmnAwareTests.assertThat(charged).isWaitingAtExactly("Activity_Payment");
        feeIsRequestedAndPaid(charged);

        BpmnAwareTests.assertThat(charged).isWaitingAtExactly("Task_Decision");
        assertThat(delegates.requestedFees).containsExactly(45.0);
    }

    @Test
    void theReviewAsksForMissingDocumentsAndGetsTheCaseBackWithOrWithoutAnAnswer() throws IOException {
        ProcessInstance pi = submit("10112");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "documentsMissing", true, "missingDocuments", "Gutachten zur Standsicherheit des Baumes");

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_RequestDocumentsReview");
        assertThat(calledVariable("shared-document-request", "missingDocuments")).isEqualTo("Gutachten zur Standsicherheit des Baumes");
        runJobs();
        citizenReplies(pi);

        assertClerkTask(pi, "Task_Review", "antrag-sachliche-pruefung", 7);
        assertThat(variable(pi, "documentRequestAnswered")).isEqualTo(true);
        assertThat(variable(pi, "documentsMissing")).as("reset for the next look at the case").isEqualTo(false);
        complete(pi, "Task_Review", "documentsMissing", true, "missingDocuments", "Foto des Baumes");
        runJobs();
        daysPass(14);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Review");
        assertThat(variable(pi, "documentRequestAnswered")).as("no reply within 14 days").isEqualTo(false);
        complete(pi, "Task_Review", "documentsMissing", false, "reviewPassed", true);
        complete(pi, "Task_Decision", "approved", true);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_Approved").hasNotPassed("Activity_RequestDocuments");
        assertThat(noticeKinds()).containsExactly("DOCUMENT_REQUEST", "DOCUMENT_REQUEST", "APPROVAL");
        assertThat(extension.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_Review").count()).isEqualTo(3);
    }

    @Test
    void dueDatesFollowTheStatutoryProcessingPeriod() throws IOException {
        assertThat(processProperties("10112")).containsEntry("processing.days", "30");
        ProcessInstance pi = submitWithProcessingPeriod("10112", Map.of());
        assertThat(variable(pi, "processingDeadline")).isEqualTo("2025-12-17T09:00:00+01:00");
        assertThat(variable(pi, "processingDays")).isEqualTo(30);

        assertClerkTask(pi, "Task_FormalCheck", "antrag-formelle-pruefung", 3);
        assertThat(taskOf(pi).getFollowUpDate()).isEqualTo(daysAfterStart(2));
        daysPass(2);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        assertClerkTask(pi, "Task_Review", "antrag-sachliche-pruefung", daysAfterStart(28));
        assertThat(taskOf(pi).getFollowUpDate()).isEqualTo(daysAfterStart(26));
        daysPass(27);
        complete(pi, "Task_Review", "reviewPassed", true);
        assertClerkTask(pi, "Task_Decision", "antrag-entscheidung", daysAfterStart(30));
        assertThat(taskOf(pi).getFollowUpDate()).as("two days before, but not before now").isEqualTo(daysAfterStart(29));
        daysPass(5);
        complete(pi, "Task_Decision", "approved", false, "rejectionReason", "Der Baum ist geschützt.");
        runJobs();
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_Rejected");
    }

    @Test
    void aDueDateIsNeverBeforeTheTaskExists() throws IOException {
        ProcessInstance pi = submitWithProcessingPeriod("10112", Map.of());
        daysPass(40);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        assertClerkTask(pi, "Task_Review", "antrag-sachliche-pruefung", daysAfterStart(40));
        assertThat(taskOf(pi).getFollowUpDate()).isEqualTo(daysAfterStart(40));
    }

    @Test
    void startsFromItsStartForm() throws IOException {
        assertStartForm("10112", "firstName", "lastName", "request", "declarationTruthful");
        assertStartForm("10519", "lastName", "declarationTruthful");
    }
}
