package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * The deemed approval (Genehmigungsfiktion, § 42a VwVfG / ThürVwVfG) with the engine clock moved: Baugenehmigung
 * (OZG 10519) in the simplified procedure (§ 62 Abs. 2 ThürBO, three months from the complete application; the regular
 * procedure has none) and Wochen- und Spezialmärkte (OZG 10350, § 6a Abs. 2 GewO). The period starts when the formal
 * check finds the application complete on Monday 17 Nov 2025, so its last day is 17 Feb 2026 and the approval is deemed
 * granted at the start of 18 Feb 2026; a document request stops it for the days it is open; a decision in time ends it.
 */
@Deployment(resources = {
        GenehmigungArchetypeProcessTest.WITH_FEE_TABLE,
        GenehmigungArchetypeProcessTest.FEE_TABLE,
        "forms/services/10519-bauvorbescheid-und-baugenehmigung.form",
        DeemedApprovalProcessTest.MARKETS,
        "forms/services/10350-wochen-und-spezialmaerkte.form",
        AbstractArchetypeProcessTest.SHARED_PAYMENT,
        AbstractArchetypeProcessTest.SHARED_DOCUMENT_REQUEST,
        AbstractArchetypeProcessTest.SHARED_DELIVER_NOTICE,
        AbstractArchetypeProcessTest.FORMAL_CHECK_FORM,
        AbstractArchetypeProcessTest.REVIEW_FORM,
        AbstractArchetypeProcessTest.DECISION_FORM,
        AbstractArchetypeProcessTest.SECOND_OPINION_FORM})
class DeemedApprovalProcessTest extends AbstractArchetypeProcessTest {

    static final String MARKETS = "processes/services/unternehmensfuehrung-entwicklung/10350-wochen-und-spezialmaerkte.bpmn";
    static final Map<String, Object> SIMPLIFIED = Map.of("procedure", "vereinfacht", "buildingValue", 200_000.0);
    static final Map<String, Object> REGULAR = Map.of("procedure", "regulaer", "buildingValue", 200_000.0);
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    @Test
    void theServicesDeclareTheirPeriod() {
        assertThat(processProperties("10519")).containsEntry("deemed.approval", "P3M")
                .containsEntry("deemed.approval.when", "procedure=vereinfacht");
        assertThat(processProperties("10350")).containsEntry("deemed.approval", "P3M")
                .doesNotContainKey("deemed.approval.when");
    }

    @Test
    void withoutADecisionTheCertificateIsIssuedThreeMonthsAfterTheCompleteApplication() throws IOException {
        ProcessInstance pi = submit("10519", SIMPLIFIED);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");

        assertThat(variable(pi, "deemedApprovalApplies")).isEqualTo(true);
        assertThat(variable(pi, "deemedApprovalDate")).isEqualTo("2026-02-17");
        assertThat(variable(pi, "deemedApprovalDateText")).isEqualTo("17.02.2026");
        assertThat(variable(pi, "deemedApprovalDue")).isEqualTo(at(2026, 2, 18, 0, 0));
        assertThat(timer(pi).getDuedate()).isEqualTo(at(2026, 2, 18, 0, 0));
        BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Review");

        clockAt(2026, 2, 17, 23, 59);
        runJobs();
        BpmnAwareTests.assertThat(pi).as("the last day of the period still belongs to the authority").isWaitingAtExactly("Activity_Processing", "Task_Review");

        clockAt(2026, 2, 18, 0, 1);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Event_DeemedApproval", "Activity_NoticeDeemedApproval", "Event_DeemedApproved")
                .hasNotPassed("Task_Decision", "Activity_NoticeApproval", "Activity_NoticeRejection");
        assertThat(extension.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count())
                .as("the clerk's open work ended").isZero();
        assertThat(noticeKinds()).containsExactly("DEEMED_APPROVAL");
        assertThat(notice("DEEMED_APPROVAL")).containsEntry("deemedApprovalDate", "2026-02-17");
        assertThat(delegates.messages).extracting(ProcessTestDelegates.SentMessage::key).containsExactly("DEEMED_APPROVAL");
    }

    @Test
    void aDocumentRequestOfTwentyDaysMovesTheCertificateTwentyDaysLater() throws IOException {
        ProcessInstance pi = submit("10519", SIMPLIFIED);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        daysPass(10);
        complete(pi, "Task_Review", "documentsMissing", true, "missingDocuments", "Standsicherheitsnachweis",
                "replyPeriod", "P28D");
        runJobs();

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_Processing", "Activity_RequestDocumentsReview");
        assertThat(timer(pi).isSuspended()).as("the period stands while documents are missing").isTrue();
        assertThat(calledVariable("shared-document-request", "replyPeriod")).isEqualTo("P28D");
        daysPass(20);
        citizenReplies(pi);

        assertThat(timer(pi).isSuspended()).isFalse();
        assertThat(variable(pi, "deemedApprovalDate")).isEqualTo("2026-03-09");
        assertThat(timer(pi).getDuedate()).isEqualTo(at(2026, 3, 10, 0, 0));
        // due two days before the last day of the (moved) decision period, which here is the only deadline
        assertClerkTask(pi, "Task_Review", "antrag-sachliche-pruefung", at(2026, 3, 7, 0, 0));

        clockAt(2026, 2, 18, 0, 1);
        runJobs();
        BpmnAwareTests.assertThat(pi).as("three months after the start nothing happens yet").isWaitingAtExactly("Activity_Processing", "Task_Review");
        clockAt(2026, 3, 10, 0, 1);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_DeemedApproved");
        assertThat(noticeKinds()).containsExactly("DOCUMENT_REQUEST", "DEEMED_APPROVAL");
        assertThat(notice("DEEMED_APPROVAL")).containsEntry("deemedApprovalDate", "2026-03-09");
    }

    @Test
    void aRequestWithoutAnswerStopsThePeriodUntilItsReplyPeriodEnds() {
        ProcessInstance pi = submit("10350");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "documentsMissing", true, "missingDocuments", "Lageplan des Marktes");
        runJobs();
        daysPass(14);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_Processing", "Task_Review");
        assertThat(variable(pi, "documentRequestAnswered")).isEqualTo(false);
        assertThat(variable(pi, "deemedApprovalDate")).isEqualTo("2026-03-03");
    }

    @Test
    void aDecisionInTimeMeansNoCertificate() throws IOException {
        ProcessInstance pi = submitWithProcessingPeriod("10519", SIMPLIFIED);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true);
        feeIsRequestedAndPaid(pi);
        // processing period 90 days ends before the deemed approval; four eyes: the decision one day earlier
        assertClerkTask(pi, "Task_Decision", "antrag-entscheidung", daysAfterStart(89));
        completeAs("erfurt.sb", pi, "Task_Decision", "approved", true);
        daysPass(3);
        completeAs("erfurt.sl", pi, "Task_SecondOpinion", "secondOpinionAgrees", true);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_Decided", "Activity_NoticeApproval", "Event_Approved")
                .hasNotPassed("Event_DeemedApproval", "Activity_NoticeDeemedApproval");
        assertThat(extension.getManagementService().createJobQuery().count()).as("the timer ended with the processing").isZero();
        clockAt(2026, 6, 1, 0, 0);
        runJobs();
        assertThat(noticeKinds()).containsExactly("FEE_NOTICE", "APPROVAL");
    }

    @Test
    void aRejectionInTimeMeansNoCertificateEither() {
        ProcessInstance pi = submit("10350");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", false, "rejectionReason", "Der Markt stört den Verkehr.");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Event_ReviewFailed",
                "Gateway_Approved", "Activity_NoticeRejection", "Event_Rejected");
        assertThat(noticeKinds()).containsExactly("REJECTION");
    }

    @Test
    void anUnpaidFeeEndsTheProcessingAsDiscontinued() {
        ProcessInstance pi = submit("10350");
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true, "feeAmount", 80.0, "feeLegalBasis", "Marktsatzung § 4");
        feeIsRequestedAndNotPaid(pi);

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Event_NotPaid",
                "Gateway_Approved", "Event_Discontinued");
        assertThat(noticeKinds()).containsExactly("FEE_NOTICE", "DISCONTINUATION");
    }

    @Test
    void theRegularBuildingProcedureHasNoDeemedApproval() {
        ProcessInstance pi = submit("10519", REGULAR);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");

        assertThat(variable(pi, "deemedApprovalApplies")).isEqualTo(false);
        assertThat(variable(pi, "deemedApprovalDue")).isNull();
        assertThat(extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
        clockAt(2026, 6, 1, 0, 0);
        runJobs();
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_Processing", "Task_Review");
    }

    @Test
    void thePeriodStartsOnlyWithTheCompleteApplication() {
        ProcessInstance pi = submit("10519", SIMPLIFIED);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "request", "missingDocuments", "Bauzeichnungen");
        runJobs();
        daysPass(5);
        citizenReplies(pi);
        assertThat(variable(pi, "deemedApprovalDue")).as("not started while the application is incomplete").isNull();
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");

        assertThat(variable(pi, "deemedApprovalDate")).isEqualTo("2026-02-22");
    }

    // ------------------------------------------------------------------------------------------------------------

    private Job timer(ProcessInstance pi) {
        return extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("Event_DeemedApproval").singleResult();
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, GERMANY).toInstant());
    }

    private static void clockAt(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(at(year, month, day, hour, minute));
    }
}
