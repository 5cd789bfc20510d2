package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.IOException;
import java.util.Map;
import java.nio.file.Path;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.junit.jupiter.api.Test;

/**
 * Archetype LEISTUNG (benefit without fee), walked on the generated Unterhaltsvorschuss (OZG 10035): approval, the
 * document-request loop, rejection at each clerk step; and no fee anywhere, even where a fee table exists (Wohngeld,
 * OZG 10092, whose table says "gebührenfrei").
 */
@Deployment(resources = {
        LeistungArchetypeProcessTest.BENEFIT,
        "forms/services/10035-unterhaltsvorschuss.form",
        AbstractArchetypeProcessTest.SHARED_DOCUMENT_REQUEST,
        AbstractArchetypeProcessTest.SHARED_DELIVER_NOTICE,
        AbstractArchetypeProcessTest.FORMAL_CHECK_FORM,
        AbstractArchetypeProcessTest.ENTITLEMENT_FORM,
        AbstractArchetypeProcessTest.DECISION_FORM})
class LeistungArchetypeProcessTest extends AbstractArchetypeProcessTest {

    static final String BENEFIT = "processes/services/familie-kind/10035-unterhaltsvorschuss.bpmn";

    @Test
    void grantsTheBenefitWithoutAnyFee() throws IOException {
        ProcessInstance pi = submit("10035");
        assertClerkTask(pi, "Task_FormalCheck", "antrag-formelle-pruefung", 3);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        assertClerkTask(pi, "Task_Review", "antrag-anspruchspruefung", 10);
        complete(pi, "Task_Review", "reviewPassed", true);
        assertClerkTask(pi, "Task_Decision", "antrag-entscheidung", 3);
        complete(pi, "Task_Decision", "approved", true, "permitValidUntil", "2026-11-30");
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_NoticeApproval");
        assertThat(calledVariable("shared-deliver-notice", "noticeKind")).isEqualTo("APPROVAL");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Event_Submitted", "Task_FormalCheck", "Gateway_FormalCheck", "Task_Review",
                        "Gateway_ReviewPassed", "Task_Decision", "Gateway_Approved", "Activity_NoticeApproval", "Event_Approved");
        assertThat(noticeKinds()).containsExactly("APPROVAL");
        assertThat(notice("APPROVAL")).containsEntry("permitValidUntil", "2026-11-30").doesNotContainKey("feeAmount");
        assertThat(delegates.statuses).containsExactly("IN_PRUEFUNG@Task_FormalCheck", "IN_ENTSCHEIDUNG@Task_Decision");
        verifyNoInteractions(delegates.requestPayment);
    }

    @Test
    void asksForMissingDocumentsAndComesBackToTheFormalCheck() {
        ProcessInstance pi = submit("10035");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "request", "missingDocuments", "Geburtsurkunde des Kindes");
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_RequestDocuments");
        assertThat(called("shared-document-request").getBusinessKey()).isEqualTo(pi.getBusinessKey());
        runJobs();
        citizenReplies(pi);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_FormalCheck");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "request", "missingDocuments", "Unterhaltstitel");
        runJobs();
        daysPass(14);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_FormalCheck");
        assertThat(variable(pi, "documentRequestAnswered")).isEqualTo(false);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true);
        complete(pi, "Task_Decision", "approved", true);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_Approved");
        assertThat(noticeKinds()).containsExactly("DOCUMENT_REQUEST", "DOCUMENT_REQUEST", "APPROVAL");
    }

    @Test
    void theEntitlementReviewAsksForMissingDocumentsWithTheReplyPeriodTheClerkChose() throws IOException {
        ProcessInstance pi = submitWithProcessingPeriod("10035", Map.of());
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        assertClerkTask(pi, "Task_Review", "antrag-anspruchspruefung", daysAfterStart(28));
        complete(pi, "Task_Review", "documentsMissing", true, "missingDocuments", "Nachweis über den Unterhalt",
                "replyPeriod", "P21D");

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_RequestDocumentsReview");
        assertThat(calledVariable("shared-document-request", "replyPeriod")).isEqualTo("P21D");
        runJobs();
        daysPass(20);
        BpmnAwareTests.assertThat(pi).as("the reply period is three weeks").isWaitingAtExactly("Activity_RequestDocumentsReview");
        citizenReplies(pi);

        assertClerkTask(pi, "Task_Review", "antrag-anspruchspruefung", daysAfterStart(28));
        complete(pi, "Task_Review", "documentsMissing", false, "reviewPassed", true);
        assertClerkTask(pi, "Task_Decision", "antrag-entscheidung", daysAfterStart(30));
        complete(pi, "Task_Decision", "approved", true);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_Approved");
        assertThat(noticeKinds()).containsExactly("DOCUMENT_REQUEST", "APPROVAL");
    }

    @Test
    void rejectsAtTheFormalCheck() {
        ProcessInstance pi = submit("10035");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "reject", "rejectionReason", "Das Kind ist älter als 17 Jahre.");
        runJobs();
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Activity_NoticeRejection", "Event_Rejected").hasNotPassed("Task_Review");
        assertThat(notice("REJECTION")).containsEntry("rejectionReason", "Das Kind ist älter als 17 Jahre.");
    }

    @Test
    void rejectsWhenTheEntitlementIsNotMet() {
        ProcessInstance pi = submit("10035");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", false, "rejectionReason", "Der andere Elternteil zahlt Unterhalt.");
        runJobs();
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Gateway_ReviewPassed", "Event_Rejected").hasNotPassed("Task_Decision");
        assertThat(noticeKinds()).containsExactly("REJECTION");
    }

    @Test
    void rejectsAtTheDecision() {
        ProcessInstance pi = submit("10035");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true);
        complete(pi, "Task_Decision", "approved", false, "rejectionReason", "Der Antrag wurde zurückgenommen.");
        runJobs();
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Gateway_Approved", "Event_Rejected").hasNotPassed("Activity_NoticeApproval");
        assertThat(noticeKinds()).containsExactly("REJECTION");
    }

    @Test
    void hasNoFeeStepsEvenWhereAFeeTableExists() {
        for (String file : new String[] {BENEFIT, "processes/services/arbeit-ruhestand/10092-wohngeld.bpmn"}) {
            BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(file).toFile());
            assertThat(model.getModelElementsByType(BusinessRuleTask.class)).as(file).isEmpty();
            assertThat(model.getModelElementsByType(CallActivity.class)).as(file).extracting(CallActivity::getCalledElement)
                    .containsOnly("shared-document-request", "shared-deliver-notice");
        }
    }

    @Test
    void startsFromItsStartForm() throws IOException {
        assertStartForm("10035", "firstName", "lastName", "request", "declarationTruthful");
    }
}
