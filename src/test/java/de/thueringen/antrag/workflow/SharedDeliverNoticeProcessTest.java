package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import de.thueringen.antrag.workflow.ProcessTestDelegates.SentMessage;

/**
 * The shared call activity "Bescheid zustellen" ({@code shared-deliver-notice}) on its own: the notice is created in
 * a job of its own with three attempts five minutes apart, then delivered to the citizen's mailbox.
 */
@Deployment(resources = SharedDeliverNoticeProcessTest.BPMN)
class SharedDeliverNoticeProcessTest extends MockedDelegatesProcessTest {

    static final String BPMN = "processes/shared/bescheid-zustellen.bpmn";

    private static final String PROCESS_KEY = "shared-deliver-notice";
    private static final String CASE_NUMBER = "BPA-2025-000123";

    @Test
    void createsTheNoticeThenDeliversItWithTheDocumentAttached() throws Exception {
        ProcessInstance pi = start(Variables.createVariables()
                .putValue("noticeKind", "APPROVAL")
                .putValue("permitValidUntil", "2027-11-30")
                .putValue("feeAmount", 100.0)
                .putValue("feeLegalBasis", "Gebührensatzung der Stadt Erfurt"));

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_CreateNotice");
        verifyNoInteractions(delegates.createNotice, delegates.sendMessage);

        execute(job(pi));

        InOrder order = inOrder(delegates.createNotice, delegates.sendMessage);
        order.verify(delegates.createNotice).execute(any());
        order.verify(delegates.sendMessage).execute(any());
        assertThat(delegates.noticeKinds()).containsExactly("APPROVAL");
        assertThat(delegates.notices.get(0).read())
                .containsEntry("caseId", 4711L)
                .containsEntry("permitValidUntil", "2027-11-30")
                .containsEntry("feeAmount", 100.0)
                .containsEntry("feeLegalBasis", "Gebührensatzung der Stadt Erfurt");
        assertThat(delegates.messages).containsExactly(new SentMessage("BESCHEID_ZUGESTELLT", "APPROVAL", 1001L));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Event_NoticeDue", "Task_CreateNotice", "Task_DeliverNotice", "Event_Delivered");
    }

    @Test
    void passesTheKindAndTheReasonOfARejection() {
        ProcessInstance pi = start(Variables.createVariables()
                .putValue("noticeKind", "REJECTION")
                .putValue("rejectionReason", "Die Hauptwohnung liegt nicht im Bewohnerparkgebiet."));

        execute(job(pi));

        assertThat(delegates.noticeKinds()).containsExactly("REJECTION");
        assertThat(delegates.notices.get(0).read())
                .containsEntry("rejectionReason", "Die Hauptwohnung liegt nicht im Bewohnerparkgebiet.")
                .doesNotContainKeys("permitValidUntil", "feeAmount");
        assertThat(delegates.messages).as("one message per kind of notice")
                .containsExactly(new SentMessage("BESCHEID_ZUGESTELLT", "REJECTION", 1001L));
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    @Test
    void retriesCreatingTheNoticeFiveMinutesLaterAndDeliversNothingBefore() throws Exception {
        ProcessInstance pi = start(Variables.createVariables().putValue("noticeKind", "APPROVAL"));
        doAnswer(call -> {
            throw new IllegalStateException("PDF-Erzeugung nicht erreichbar");
        }).doAnswer(delegates::issueNotice).when(delegates.createNotice).execute(any());

        assertThatThrownBy(() -> execute(job(pi))).hasMessageContaining("PDF-Erzeugung nicht erreichbar");

        Job failed = job(pi);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getExceptionMessage()).contains("PDF-Erzeugung nicht erreichbar");
        assertThat(failed.getDuedate()).as("R3/PT5M: next attempt five minutes later")
                .isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
        BpmnAwareTests.assertThat(pi).isNotEnded().isWaitingAtExactly("Task_CreateNotice");
        verifyNoInteractions(delegates.sendMessage);

        execute(failed);

        assertThat(delegates.noticeKinds()).containsExactly("APPROVAL");
        assertThat(delegates.messageTemplates()).containsExactly("BESCHEID_ZUGESTELLT");
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    @Test
    void failedDeliveryRepeatsTheWholeJobSoCreatingTheNoticeMustBeIdempotent() throws Exception {
        ProcessInstance pi = start(Variables.createVariables().putValue("noticeKind", "APPROVAL"));
        doAnswer(call -> {
            throw new IllegalStateException("Postfach nicht erreichbar");
        }).doAnswer(delegates::sendMessage).when(delegates.sendMessage).execute(any());

        assertThatThrownBy(() -> execute(job(pi))).hasMessageContaining("Postfach nicht erreichbar");

        assertThat(job(pi).getRetries()).isEqualTo(2);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_CreateNotice");

        execute(job(pi));

        verify(delegates.createNotice, times(2)).execute(any());
        assertThat(delegates.messageTemplates()).containsExactly("BESCHEID_ZUGESTELLT");
        BpmnAwareTests.assertThat(pi).isEnded();
    }

    @Test
    void raisesAnIncidentAfterThreeFailedAttempts() throws Exception {
        ProcessInstance pi = start(Variables.createVariables().putValue("noticeKind", "APPROVAL"));
        doAnswer(call -> {
            throw new IllegalStateException("PDF-Erzeugung nicht erreichbar");
        }).when(delegates.createNotice).execute(any());

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> execute(job(pi))).hasMessageContaining("PDF-Erzeugung nicht erreichbar");
        }

        assertThat(job(pi).getRetries()).isZero();
        Incident incident = extension.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId())
                .singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Task_CreateNotice");
        verifyNoInteractions(delegates.sendMessage);
        BpmnAwareTests.assertThat(pi).isNotEnded();
    }

    private ProcessInstance start(VariableMap variables) {
        variables.putValue("caseId", 4711L).putValue("caseNumber", CASE_NUMBER);
        ProcessInstance pi = extension.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER, variables);
        BpmnAwareTests.assertThat(pi).isStarted().isNotEnded();
        return pi;
    }
}
