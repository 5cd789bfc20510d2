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
 * Archetype ANZEIGE (notification that is confirmed), walked on two generated services: Gewerbeanmeldung (OZG 10294,
 * fee table fee-10294 by municipality) and Versammlungsanzeige (OZG 10142, no fee table). Every path: confirmation
 * after payment, confirmation without fee, the document-request loop, rejection, the fee not paid.
 */
@Deployment(resources = {
        AnzeigeArchetypeProcessTest.WITH_FEE_TABLE,
        AnzeigeArchetypeProcessTest.FEE_TABLE,
        "forms/services/10294-unternehmensanmeldung-und-genehmigung.form",
        AnzeigeArchetypeProcessTest.WITHOUT_FEE_TABLE,
        "forms/services/10142-versammlungsanzeige.form",
        AbstractArchetypeProcessTest.SHARED_PAYMENT,
        AbstractArchetypeProcessTest.SHARED_DOCUMENT_REQUEST,
        AbstractArchetypeProcessTest.SHARED_DELIVER_NOTICE,
        AbstractArchetypeProcessTest.NOTIFICATION_FORM})
class AnzeigeArchetypeProcessTest extends AbstractArchetypeProcessTest {

    static final String WITH_FEE_TABLE =
            "processes/services/unternehmensfuehrung-entwicklung/10294-unternehmensanmeldung-und-genehmigung.bpmn";
    static final String FEE_TABLE = "processes/decisions/fee-10294.dmn";
    static final String WITHOUT_FEE_TABLE = "processes/services/engagement-hobby/10142-versammlungsanzeige.bpmn";
    /** Gera: the fee table has an amount for it. */
    static final Map<String, Object> GERA = Map.of("ags", "16052000");

    @Test
    void confirmsAfterTheFeeFromTheFeeTableIsPaid() throws IOException {
        Object fee = feeFromTable("fee-10294", GERA);
        assertThat(fee).isInstanceOf(Double.class);
        ProcessInstance pi = submit("10294", GERA);

        BpmnAwareTests.assertThat(pi).hasPassed("Task_DetermineFee");
        assertThat(variable(pi, "feeAmount")).as("prefilled for the check").isEqualTo(fee);
        assertClerkTask(pi, "Task_Check", "antrag-anzeige-pruefung", 5);
        complete(pi, "Task_Check", "checkOutcome", "confirm");

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_Payment");
        assertThat(called("shared-payment").getBusinessKey()).isEqualTo(pi.getBusinessKey());
        feeIsRequestedAndPaid(pi);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_NoticeApproval");
        assertThat(calledVariable("shared-deliver-notice", "noticeKind")).isEqualTo("APPROVAL");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Event_Submitted", "Task_DetermineFee", "Task_Check", "Gateway_Check", "Gateway_FeeDue",
                        "Activity_Payment", "Gateway_Paid", "Activity_NoticeApproval", "Event_Approved")
                .hasNotPassed("Activity_RequestDocuments", "Activity_NoticeRejection", "Event_Discontinued");
        assertThat(noticeKinds()).containsExactly("FEE_NOTICE", "APPROVAL");
        assertThat(delegates.requestedFees).containsExactly(fee);
        assertThat(delegates.statuses).containsExactly("IN_PRUEFUNG@Task_Check", "ZAHLUNG_AUSSTEHEND@Task_RequestPayment",
                "BEZAHLT@Event_Paid");
    }

    @Test
    void confirmsAtOnceWhenThereIsNoFee() throws IOException {
        ProcessInstance pi = submit("10142");
        BpmnAwareTests.assertThat(pi).hasNotPassed("Task_DetermineFee");
        assertClerkTask(pi, "Task_Check", "antrag-anzeige-pruefung", 5);
        complete(pi, "Task_Check", "checkOutcome", "confirm");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Gateway_FeeDue", "Activity_NoticeApproval", "Event_Approved")
                .hasNotPassed("Activity_Payment");
        assertThat(noticeKinds()).containsExactly("APPROVAL");
        verifyNoInteractions(delegates.requestPayment);
    }

    @Test
    void theClerkMaySetAFeeWhereThereIsNoTable() {
        ProcessInstance pi = submit("10142");
        complete(pi, "Task_Check", "checkOutcome", "confirm", "feeAmount", 20.0, "feeLegalBasis", "Verwaltungskostensatzung");
        feeIsRequestedAndPaid(pi);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Activity_Payment", "Event_Approved");
        assertThat(delegates.requestedFees).containsExactly(20.0);
        assertThat(noticeKinds()).containsExactly("FEE_NOTICE", "APPROVAL");
    }

    @Test
    void asksForMissingDocumentsAndChecksAgain() {
        ProcessInstance pi = submit("10142");
        complete(pi, "Task_Check", "checkOutcome", "request", "missingDocuments", "Lageplan der Versammlungsfläche");

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_RequestDocuments");
        assertThat(calledVariable("shared-document-request", "missingDocuments")).isEqualTo("Lageplan der Versammlungsfläche");
        assertThat(calledVariable("shared-document-request", "replyPeriod")).isEqualTo("P14D");
        runJobs();
        citizenReplies(pi);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Check");
        assertThat(variable(pi, "documentRequestAnswered")).isEqualTo(true);
        complete(pi, "Task_Check", "checkOutcome", "request", "missingDocuments", "Name der Versammlungsleitung");
        runJobs();
        daysPass(14);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_Check");
        assertThat(variable(pi, "documentRequestAnswered")).isEqualTo(false);
        complete(pi, "Task_Check", "checkOutcome", "confirm");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Activity_RequestDocuments", "Event_Approved");
        assertThat(noticeKinds()).containsExactly("DOCUMENT_REQUEST", "DOCUMENT_REQUEST", "APPROVAL");
    }

    @Test
    void theCheckIsDueAtTheEndOfTheProcessingPeriod() throws IOException {
        assertThat(processProperties("10142")).containsEntry("processing.days", "14");
        ProcessInstance pi = submitWithProcessingPeriod("10142", Map.of());
        assertClerkTask(pi, "Task_Check", "antrag-anzeige-pruefung", daysAfterStart(14));
        assertThat(taskOf(pi).getFollowUpDate()).isEqualTo(daysAfterStart(12));
    }

    @Test
    void rejectsAnInadmissibleNotification() {
        ProcessInstance pi = submit("10142");
        complete(pi, "Task_Check", "checkOutcome", "reject", "rejectionReason", "Die Versammlung liegt in der Vergangenheit.");
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_NoticeRejection");
        assertThat(calledVariable("shared-deliver-notice", "noticeKind")).isEqualTo("REJECTION");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Gateway_Check", "Activity_NoticeRejection", "Event_Rejected")
                .hasNotPassed("Gateway_FeeDue", "Activity_NoticeApproval");
        assertThat(noticeKinds()).containsExactly("REJECTION");
        assertThat(notice("REJECTION")).containsEntry("rejectionReason", "Die Versammlung liegt in der Vergangenheit.");
    }

    @Test
    void endsAsDiscontinuedWhenTheFeeIsNotPaid() {
        ProcessInstance pi = submit("10294", GERA);
        complete(pi, "Task_Check", "checkOutcome", "confirm");
        feeIsRequestedAndNotPaid(pi);

        BpmnAwareTests.assertThat(pi).isEnded().hasPassedInOrder("Activity_Payment", "Gateway_Paid", "Event_Discontinued")
                .hasNotPassed("Activity_NoticeApproval");
        assertThat(noticeKinds()).containsExactly("FEE_NOTICE", "DISCONTINUATION");
        verify(delegates.cancelPayment, times(1)).notify(any());
    }

    @Test
    void startsFromItsStartForm() throws IOException {
        assertStartForm("10142", "firstName", "lastName", "request", "declarationTruthful");
        assertStartForm("10294", "lastName", "declarationTruthful");
    }
}
