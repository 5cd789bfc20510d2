package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * The shared call activity "Gebühr erheben" ({@code shared-payment}) on its own: every way a fee ends (paid with
 * the application, paid before the reminder, paid after it, not paid), with the durations the caller passes.
 */
@Deployment(resources = SharedPaymentProcessTest.BPMN)
class SharedPaymentProcessTest extends MockedDelegatesProcessTest {

    static final String BPMN = "processes/shared/gebuehr-erheben.bpmn";

    private static final String PROCESS_KEY = "shared-payment";
    private static final String PAYMENT_RECEIVED = "ZahlungEingegangen";
    private static final String CASE_NUMBER = "BPA-2025-000123";

    @Test
    void requestsThePaymentAsynchronouslyThenSendsFeeNoticeAndPaymentRequest() {
        ProcessInstance pi = start("P10D", "P7D");

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_RequestPayment");
        assertThat(delegates.statuses).as("nothing happens in the caller's transaction").isEmpty();
        verifyNoInteractions(delegates.requestPayment);

        execute(job(pi));

        assertThat(delegates.statuses).containsExactly("ZAHLUNG_AUSSTEHEND@Task_RequestPayment");
        assertThat(delegates.requestedFees).containsExactly(100.0);
        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE");
        assertThat(delegates.notices.get(0).read())
                .containsEntry("feeAmount", 100.0)
                .containsEntry("feeLegalBasis", "Gebührensatzung der Stadt Erfurt")
                .containsEntry("paymentReference", "PAY-4711");
        assertThat(delegates.messages).as("the payment request carries the fee notice")
                .containsExactly(new SentMessage("ZAHLUNGSAUFFORDERUNG", null, 1001L));
        BpmnAwareTests.assertThat(pi).hasPassedInOrder("Event_FeeDue", "Task_RequestPayment", "Gateway_AlreadyPaid",
                        "Task_CreateFeeNotice", "Task_SendPaymentRequest")
                .isWaitingAtExactly("Gateway_AwaitPayment");
        assertThat(paymentSubscriptions(pi)).isEqualTo(1);
    }

    @Test
    void paymentBeforeTheReminderEndsWithPaid() {
        ProcessInstance pi = startAndRequestPayment("P10D", "P7D");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(9))));

        paymentArrives();

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Gateway_AwaitPayment", "Event_PaymentReceived", "Gateway_Paid", "Event_Paid")
                .hasNotPassed("Event_ReminderDue", "Task_SendReminder", "Event_PaymentOverdue",
                        "Task_IssueDiscontinuation", "Event_Discontinued");
        assertThat(outcome(pi)).isEqualTo("PAID");
        assertThat(delegates.statuses).containsExactly("ZAHLUNG_AUSSTEHEND@Task_RequestPayment", "BEZAHLT@Event_Paid");
        assertThat(delegates.messageTemplates()).containsExactly("ZAHLUNGSAUFFORDERUNG");
        assertThat(jobs(pi)).as("the reminder timer is gone").isZero();
        verifyNoInteractions(delegates.cancelPayment);
    }

    @Test
    void remindsOnceAfterTheGivenDurationAndAcceptsThePaymentAfterwards() {
        ProcessInstance pi = startAndRequestPayment("P10D", "P7D");
        Job reminder = singleTimer(pi);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(10))));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(10)).minusSeconds(60)));
        assertThat(executableTimers(pi)).as("no reminder one minute before").isZero();
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(10))));
        assertThat(executableTimers(pi)).isEqualTo(1);
        execute(reminder);

        assertThat(delegates.messages).as("the reminder carries the fee notice again").containsExactly(
                new SentMessage("ZAHLUNGSAUFFORDERUNG", null, 1001L),
                new SentMessage("ZAHLUNGSERINNERUNG", null, 1001L));
        BpmnAwareTests.assertThat(pi).hasPassedInOrder("Event_ReminderDue", "Task_SendReminder")
                .isWaitingAtExactly("Gateway_AwaitPaymentAfterReminder");
        assertThat(paymentSubscriptions(pi)).as("a payment is still accepted").isEqualTo(1);
        assertThat(singleTimer(pi).getDuedate()).as("final period runs from the reminder")
                .isEqualTo(Date.from(NOW.plus(Duration.ofDays(10 + 7))));

        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(16))));
        paymentArrives();

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_SendReminder", "Event_PaymentReceivedAfterReminder", "Gateway_Paid", "Event_Paid")
                .hasNotPassed("Event_PaymentReceived", "Event_PaymentOverdue", "Task_IssueDiscontinuation");
        assertThat(outcome(pi)).isEqualTo("PAID");
        assertThat(delegates.statuses).endsWith("BEZAHLT@Event_Paid");
        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE");
        verifyNoInteractions(delegates.cancelPayment);
    }

    @Test
    void cancelsThePaymentAndDiscontinuesWhenTheFinalPeriodPasses() throws Exception {
        ProcessInstance pi = startAndRequestPayment("P10D", "P7D");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(10))));
        execute(singleTimer(pi));
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(17)).minusSeconds(60)));
        assertThat(executableTimers(pi)).as("final period not over one minute before").isZero();
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(17))));
        verifyNoInteractions(delegates.cancelPayment);

        execute(singleTimer(pi));

        verify(delegates.cancelPayment, times(1)).notify(any());
        BpmnAwareTests.assertThat(pi).hasPassed("Event_PaymentOverdue").isWaitingAtExactly("Task_IssueDiscontinuation");
        assertThat(paymentSubscriptions(pi)).as("no payment can be received any more").isZero();
        assertThatThrownBy(this::paymentArrives).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(delegates.noticeKinds()).as("the notice is created by its own job").containsExactly("FEE_NOTICE");

        execute(job(pi));

        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE", "DISCONTINUATION");
        assertThat(delegates.notices.get(1).read()).containsEntry("feeAmount", 100.0);
        assertThat(delegates.messages).last().as("the discontinuation is delivered with its own document")
                .isEqualTo(new SentMessage("BESCHEID_ZUGESTELLT", "DISCONTINUATION", 1002L));
        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Event_PaymentOverdue", "Task_IssueDiscontinuation", "Task_SendDiscontinuation",
                        "Event_Discontinued")
                .hasNotPassed("Event_PaymentReceived", "Event_PaymentReceivedAfterReminder", "Event_Paid");
        assertThat(outcome(pi)).isEqualTo("CANCELLED");
        assertThat(delegates.statuses).doesNotContain("BEZAHLT@Event_Paid");
    }

    @Test
    void retriesTheDeadlineFiveMinutesLaterWhenCancellingFailsAndStillAcceptsAPaymentMeanwhile() throws Exception {
        ProcessInstance pi = startAndRequestPayment("P10D", "P7D");
        ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(10))));
        execute(singleTimer(pi));
        Instant deadlineAt = NOW.plus(Duration.ofDays(17));
        ClockUtil.setCurrentTime(Date.from(deadlineAt));
        doAnswer(call -> {
            throw new IllegalStateException("Zahlungsdienst nicht erreichbar");
        }).when(delegates.cancelPayment).notify(any());

        assertThatThrownBy(() -> execute(singleTimer(pi))).hasMessageContaining("Zahlungsdienst nicht erreichbar");

        Job failed = singleTimer(pi);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getDuedate()).isEqualTo(Date.from(deadlineAt.plus(Duration.ofMinutes(5))));
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Gateway_AwaitPaymentAfterReminder");
        assertThat(paymentSubscriptions(pi)).isEqualTo(1);

        paymentArrives();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Event_PaymentReceivedAfterReminder")
                .hasNotPassed("Task_IssueDiscontinuation");
        assertThat(outcome(pi)).isEqualTo("PAID");
        assertThat(jobs(pi)).isZero();
    }

    @Test
    void endsAtOnceWhenTheFeeWasPaidWithTheApplication() {
        delegates.feeAlreadyPaid = true;
        ProcessInstance pi = start("P10D", "P7D");

        execute(job(pi));

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_RequestPayment", "Gateway_AlreadyPaid", "Gateway_Paid", "Event_Paid")
                .hasNotPassed("Task_CreateFeeNotice", "Task_SendPaymentRequest", "Gateway_AwaitPayment");
        assertThat(outcome(pi)).isEqualTo("PAID");
        assertThat(delegates.notices).as("no fee notice for a fee already paid").isEmpty();
        assertThat(delegates.messages).isEmpty();
        assertThat(delegates.statuses).containsExactly("ZAHLUNG_AUSSTEHEND@Task_RequestPayment", "BEZAHLT@Event_Paid");
        assertThat(jobs(pi)).isZero();
    }

    @Test
    void timersFollowTheDurationsTheCallerGives() {
        ProcessInstance pi = startAndRequestPayment("P3D", "PT12H");

        Job reminder = singleTimer(pi);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(3))));
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);

        assertThat(singleTimer(pi).getDuedate())
                .isEqualTo(Date.from(NOW.plus(Duration.ofDays(3)).plus(Duration.ofHours(12))));
    }

    @Test
    void retriesRequestingThePaymentFiveMinutesLaterWhenTheProviderFails() throws Exception {
        ProcessInstance pi = start("P10D", "P7D");
        doAnswer(call -> {
            throw new IllegalStateException("Zahlungsdienst nicht erreichbar");
        }).doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable("paymentReference", "PAY-4711");
            execution.setVariable("paymentSettled", false);
            return null;
        }).when(delegates.requestPayment).execute(any());

        assertThatThrownBy(() -> execute(job(pi))).hasMessageContaining("Zahlungsdienst nicht erreichbar");

        Job failed = job(pi);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
        assertThat(delegates.notices).isEmpty();
        assertThat(delegates.messages).isEmpty();

        execute(failed);

        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Gateway_AwaitPayment");
        assertThat(delegates.noticeKinds()).containsExactly("FEE_NOTICE");
        verify(delegates.requestPayment, times(2)).execute(any());
        verify(delegates.cancelPayment, never()).notify(any());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ProcessInstance start(String reminderAfter, String finalPeriod) {
        Map<String, Object> variables = Variables.createVariables()
                .putValue("caseId", 4711L)
                .putValue("caseNumber", CASE_NUMBER)
                .putValue("feeAmount", 100.0)
                .putValue("feeLegalBasis", "Gebührensatzung der Stadt Erfurt")
                .putValue("paymentReminderAfter", reminderAfter)
                .putValue("paymentFinalPeriod", finalPeriod);
        ProcessInstance pi = extension.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, CASE_NUMBER, variables);
        BpmnAwareTests.assertThat(pi).isStarted().isNotEnded();
        return pi;
    }

    private ProcessInstance startAndRequestPayment(String reminderAfter, String finalPeriod) {
        ProcessInstance pi = start(reminderAfter, finalPeriod);
        execute(job(pi));
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Gateway_AwaitPayment");
        return pi;
    }

    /** As the payment service does it: by business key (= case number). */
    private void paymentArrives() {
        extension.getRuntimeService().createMessageCorrelation(PAYMENT_RECEIVED)
                .processInstanceBusinessKey(CASE_NUMBER)
                .correlateWithResult();
    }

    private Object outcome(ProcessInstance pi) {
        return extension.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("paymentOutcome").singleResult().getValue();
    }

    private long paymentSubscriptions(ProcessInstance pi) {
        return extension.getRuntimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventName(PAYMENT_RECEIVED).count();
    }

    private Job singleTimer(ProcessInstance pi) {
        Job timer = extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult();
        assertThat(timer).as("exactly one timer").isNotNull();
        return timer;
    }

    private long executableTimers(ProcessInstance pi) {
        return extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().executable()
                .count();
    }

    private long jobs(ProcessInstance pi) {
        return extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).count();
    }
}
