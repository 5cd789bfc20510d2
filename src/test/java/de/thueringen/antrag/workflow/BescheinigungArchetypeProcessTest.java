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
import org.junit.jupiter.api.Test;

/**
 * Archetype BESCHEINIGUNG (certificate, issued after payment), walked on two generated services: Führungszeugnis
 * (OZG 10562, fee table fee-10562: 0 EUR for voluntary work) and Ehefähigkeitszeugnis (OZG 10025, no fee table). Every
 * path: issued after payment, issued free of charge, rejected, the fee not paid.
 */
@Deployment(resources = {
        BescheinigungArchetypeProcessTest.WITH_FEE_TABLE,
        BescheinigungArchetypeProcessTest.FEE_TABLE,
        "forms/services/10562-fuehrungszeugnis.form",
        BescheinigungArchetypeProcessTest.WITHOUT_FEE_TABLE,
        "forms/services/10025-ehefaehigkeitszeugnis.form",
        AbstractArchetypeProcessTest.SHARED_PAYMENT,
        AbstractArchetypeProcessTest.SHARED_DELIVER_NOTICE,
        AbstractArchetypeProcessTest.CERTIFICATE_FORM})
class BescheinigungArchetypeProcessTest extends AbstractArchetypeProcessTest {

    static final String WITH_FEE_TABLE = "processes/services/querschnitt/10562-fuehrungszeugnis.bpmn";
    static final String FEE_TABLE = "processes/decisions/fee-10562.dmn";
    static final String WITHOUT_FEE_TABLE = "processes/services/familie-kind/10025-ehefaehigkeitszeugnis.bpmn";
    static final Map<String, Object> PRIVATE_USE = Map.of("voluntaryWork", false);
    static final Map<String, Object> VOLUNTARY_WORK = Map.of("voluntaryWork", true);

    @Test
    void issuesTheCertificateAfterTheFeeIsPaid() throws IOException {
        Object fee = feeFromTable("fee-10562", Map.of("voluntaryWork", false, "ags", "16051000"));
        assertThat((Double) fee).isPositive();
        ProcessInstance pi = submit("10562", PRIVATE_USE);

        BpmnAwareTests.assertThat(pi).hasPassed("Task_DetermineFee");
        assertThat(variable(pi, "feeAmount")).isEqualTo(fee);
        assertClerkTask(pi, "Task_Issue", "antrag-bescheinigung", 3);
        complete(pi, "Task_Issue", "approved", true);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_Payment");
        assertThat(noticeKinds()).as("nothing is delivered before payment").isEmpty();
        feeIsRequestedAndPaid(pi);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_NoticeApproval");
        assertThat(calledVariable("shared-deliver-notice", "noticeKind")).isEqualTo("APPROVAL");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Event_Submitted", "Task_DetermineFee", "Task_Issue", "Gateway_Issue", "Gateway_FeeDue",
                        "Activity_Payment", "Gateway_Paid", "Activity_NoticeApproval", "Event_Approved")
                .hasNotPassed("Activity_NoticeRejection", "Event_Discontinued");
        assertThat(noticeKinds()).containsExactly("FEE_NOTICE", "APPROVAL");
        assertThat(delegates.statuses).containsExactly("IN_PRUEFUNG@Task_Issue", "ZAHLUNG_AUSSTEHEND@Task_RequestPayment",
                "BEZAHLT@Event_Paid");
    }

    @Test
    void issuesAtOnceWhenTheFeeTableSaysFree() {
        assertThat(feeFromTable("fee-10562", Map.of("voluntaryWork", true, "ags", "16051000"))).isEqualTo(0.0);
        ProcessInstance pi = submit("10562", VOLUNTARY_WORK);
        complete(pi, "Task_Issue", "approved", true);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_Approved").hasNotPassed("Activity_Payment");
        assertThat(noticeKinds()).containsExactly("APPROVAL");
        verifyNoInteractions(delegates.requestPayment);
    }

    @Test
    void withoutAFeeTableTheClerkSetsTheFeeOrNone() throws IOException {
        ProcessInstance free = submit("10025");
        BpmnAwareTests.assertThat(free).hasNotPassed("Task_DetermineFee");
        assertClerkTask(free, "Task_Issue", "antrag-bescheinigung", 3);
        complete(free, "Task_Issue", "approved", true, "permitValidUntil", "2026-05-17");
        runJobs();
        BpmnAwareTests.assertThat(free).isEnded().hasPassed("Event_Approved").hasNotPassed("Activity_Payment");
        assertThat(notice("APPROVAL")).containsEntry("permitValidUntil", "2026-05-17");

        ProcessInstance charged = submit("10025");
        complete(charged, "Task_Issue", "approved", true, "feeAmount", 15.0, "feeLegalBasis", "ThürVwKostO");
        feeIsRequestedAndPaid(charged);
        runJobs();
        BpmnAwareTests.assertThat(charged).isEnded().hasPassed("Activity_Payment", "Event_Approved");
        assertThat(delegates.requestedFees).containsExactly(15.0);
    }

    @Test
    void theIssueIsDueAtTheEndOfTheProcessingPeriod() throws IOException {
        assertThat(processProperties("10562")).containsEntry("processing.days", "14");
        ProcessInstance pi = submitWithProcessingPeriod("10562", PRIVATE_USE);
        assertClerkTask(pi, "Task_Issue", "antrag-bescheinigung", daysAfterStart(14));
    }

    @Test
    void rejectsWithoutAFee() {
        ProcessInstance pi = submit("10562", PRIVATE_USE);
        complete(pi, "Task_Issue", "approved", false, "rejectionReason", "Die Identität konnte nicht festgestellt werden.");
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_NoticeRejection");
        assertThat(calledVariable("shared-deliver-notice", "noticeKind")).isEqualTo("REJECTION");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Gateway_Issue", "Activity_NoticeRejection", "Event_Rejected")
                .hasNotPassed("Gateway_FeeDue", "Activity_Payment");
        assertThat(noticeKinds()).containsExactly("REJECTION");
        verifyNoInteractions(delegates.requestPayment);
    }

    @Test
    void endsAsDiscontinuedWhenTheFeeIsNotPaid() {
        ProcessInstance pi = submit("10562", PRIVATE_USE);
        complete(pi, "Task_Issue", "approved", true);
        feeIsRequestedAndNotPaid(pi);

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Activity_Payment", "Gateway_Paid", "Event_Discontinued")
                .hasNotPassed("Activity_NoticeApproval");
        assertThat(noticeKinds()).containsExactly("FEE_NOTICE", "DISCONTINUATION");
        verify(delegates.cancelPayment, times(1)).notify(any());
    }

    @Test
    void startsFromItsStartForm() throws IOException {
        assertStartForm("10025", "firstName", "lastName", "request", "declarationTruthful");
        assertStartForm("10562", "lastName", "declarationTruthful");
    }
}
