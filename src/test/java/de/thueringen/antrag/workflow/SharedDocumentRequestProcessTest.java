package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The shared call activity "Unterlagen nachfordern" ({@code shared-document-request}) on its own: the citizen
 * answers in time, or the reply period passes; each request is a message and a document of its own.
 */
@Deployment(resources = SharedDocumentRequestProcessTest.BPMN)
class SharedDocumentRequestProcessTest extends MockedDelegatesProcessTest {

    static final String BPMN = "processes/shared/unterlagen-nachfordern.bpmn";

    private static final String PROCESS_KEY = "shared-document-request";
    private static final String ANSWERED = "NachforderungBeantwortet";
    private static final String CASE_NUMBER = "BPA-2025-000123";
    private static final String MISSING = "Zulassungsbescheinigung Teil I (Fahrzeugschein)\nMeldebescheinigung";

    @Test
    void sendsTheRequestWithItsOwnDocumentAndWaitsForTheAnswer() {
        ProcessInstance pi = start("P14D");

        // the citizen may upload only once the process waits for the answer
        assertThat(delegates.statuses).isEmpty();
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_CreateDocumentRequest");
        assertThat(delegates.notices).as("the letter is created by its own job").isEmpty();

        execute(job(pi));

        assertThat(delegates.noticeKinds()).containsExactly("DOCUMENT_REQUEST");
        assertThat(delegates.notices.get(0).read())
                .containsEntry("missingDocuments", MISSING)
                .containsEntry("noticeKey", pi.getId());
        assertThat(delegates.messages).as("one message per request, with the letter attached")
                .containsExactly(new SentMessage("NACHFORDERUNG", pi.getId(), 1001L));
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_AwaitAnswer");
        Job deadline = extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(14))));
    }

    @Test
    void answerWithinThePeriodEndsAnswered() {
        ProcessInstance pi = startAndSend("P14D");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(13))));

        citizenAnswers();

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_SendDocumentRequest", "Task_AwaitAnswer", "Event_Answered")
                .hasNotPassed("Event_ReplyOverdue", "Event_NotAnswered");
        assertThat(answered(pi)).isEqualTo(true);
        assertThat(delegates.statuses).containsExactly("UNTERLAGEN_NACHGEFORDERT@Task_AwaitAnswer",
                "IN_PRUEFUNG@Event_Answered");
        assertThat(extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("the deadline timer is gone").isZero();
    }

    @Test
    void periodPassingWithoutAnswerEndsNotAnswered() {
        ProcessInstance pi = startAndSend("P14D");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(14)).minusSeconds(60)));
        assertThat(executableTimers(pi)).as("period not over one minute before").isZero();
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(14))));
        assertThat(executableTimers(pi)).isEqualTo(1);

        execute(job(pi));

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_AwaitAnswer", "Event_ReplyOverdue", "Event_NotAnswered")
                .hasNotPassed("Event_Answered");
        assertThat(answered(pi)).isEqualTo(false);
        assertThat(delegates.statuses).containsExactly("UNTERLAGEN_NACHGEFORDERT@Task_AwaitAnswer",
                "IN_PRUEFUNG@Event_NotAnswered");
        assertThatThrownBy(this::citizenAnswers).as("a late answer finds no open request")
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void replyPeriodIsTheCallersDuration() {
        ProcessInstance pi = startAndSend("P1W");

        Job deadline = extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(7))));
    }

    @Test
    void aSecondRequestInTheSameCaseIsANewLetterAndANewMessage() {
        ProcessInstance first = startAndSend("P14D");
        citizenAnswers();
        ProcessInstance second = startAndSend("P14D");

        assertThat(delegates.notices).extracting(n -> n.read().get("noticeKey"))
                .containsExactly(first.getId(), second.getId());
        assertThat(delegates.messages).containsExactly(
                new SentMessage("NACHFORDERUNG", first.getId(), 1001L),
                new SentMessage("NACHFORDERUNG", second.getId(), 1002L));
        BpmnAwareTests.assertThat(first).isEnded();
        BpmnAwareTests.assertThat(second).isWaitingAtExactly("Task_AwaitAnswer");
    }

    @Test
    void retriesCreatingTheLetterFiveMinutesLater() throws Exception {
        ProcessInstance pi = start("P14D");
        doAnswer(call -> {
            throw new IllegalStateException("PDF-Erzeugung nicht erreichbar");
        }).doAnswer(delegates::issueNotice).when(delegates.createNotice).execute(any());

        assertThatThrownBy(() -> execute(job(pi))).hasMessageContaining("PDF-Erzeugung nicht erreichbar");

        Job failed = job(pi);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
        assertThat(delegates.messages).isEmpty();

        execute(failed);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_AwaitAnswer");
        assertThat(delegates.messageTemplates()).containsExactly("NACHFORDERUNG");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ProcessInstance start(String replyPeriod) {
        Map<String, Object> variables = Variables.createVariables()
                .putValue("caseId", 4711L)
                .putValue("caseNumber", CASE_NUMBER)
                .putValue("missingDocuments", MISSING)
                .putValue("replyPeriod", replyPeriod);
        ProcessInstance pi = extension.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER, variables);
        BpmnAwareTests.assertThat(pi).isStarted().isNotEnded();
        return pi;
    }

    private ProcessInstance startAndSend(String replyPeriod) {
        ProcessInstance pi = start(replyPeriod);
        execute(job(pi));
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_AwaitAnswer");
        return pi;
    }

    /** As the portal does it when the citizen uploads the documents: by business key (= case number). */
    private void citizenAnswers() {
        extension.getRuntimeService().createMessageCorrelation(ANSWERED)
                .processInstanceBusinessKey(CASE_NUMBER)
                .correlateWithResult();
    }

    private Object answered(ProcessInstance pi) {
        return extension.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("documentRequestAnswered").singleResult().getValue();
    }

    private long executableTimers(ProcessInstance pi) {
        return extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().executable()
                .count();
    }
}
