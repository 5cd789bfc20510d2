package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/**
 * The fee from the citizen's click to the continued process, over HTTP: tracking view → pay page → signed callback
 * from the platform → booking → the waiting process continues. And what must not happen twice or get lost.
 */
@H2ApplicationTest
class PaymentFlowIT {

    private static final String UNREACHABLE_CALLBACK = "http://127.0.0.1:1" + PaymentFixture.CALLBACK;

    @LocalServerPort
    int port;
    @Autowired
    PaymentService payments;
    @Autowired
    PaymentReconciliation reconciliation;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JurisdictionService jurisdiction;
    @Value("${antrag.payment.simulator.secret}")
    String secret;

    PaymentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new PaymentFixture(port, payments, caseFiles, jurisdiction, repositoryService, taskService, runtimeService,
                secret);
    }

    @Test
    void feePaidOnTheHostedPageContinuesTheProcessExactlyOnce() {
        PaymentFixture.WaitingCase waiting = fixture.awaitingPayment("Zahlerin");
        assertThat(fixture.status(waiting.caseId())).isEqualTo(CaseStatus.ZAHLUNG_AUSSTEHEND);

        String redirectUrl = fixture.startCheckout(waiting);
        assertThat(redirectUrl).startsWith(fixture.http.base + "/epayment/EPB-");
        assertThat(payments.require(waiting.reference()).getStatus()).as("nothing is booked before the platform reports")
                .isEqualTo(PaymentStatus.OPEN);
        fixture.payOnHostedPage(redirectUrl);

        Payment paid = payments.require(waiting.reference());
        assertThat(paid.getStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.getProviderName()).isEqualTo(PaymentFixture.PROVIDER);
        assertThat(paid.getProviderTransactionId()).isEqualTo(simulatorTransactionOf(paid)).startsWith("TX-");
        assertThat(jdbc.queryForObject("SELECT callback_outcome FROM epay_sim_payment WHERE provider_payment_id = ?",
                String.class, paid.getProviderPaymentId())).isEqualTo("DELIVERED");
        assertContinuedExactlyOnce(waiting);
        // the tracking view no longer offers to pay, and paying again is answered without a new checkout
        assertThat(fixture.http.get(waiting.trackingUrl()).json().get("payments").get(0).get("status").asText()).isEqualTo("PAID");
        PaymentTestClient.Response again = fixture.http.postJson(waiting.trackingUrl() + "/payments/" + waiting.reference(), "{}");
        assertThat(again.json().get("message").asText()).contains("bereits bezahlt");
        assertThat(again.json().has("redirectUrl")).isFalse();
    }

    @Test
    void theSameCallbackTwiceBooksOnceAndContinuesOnce() {
        PaymentFixture.WaitingCase waiting = fixture.awaitingPayment("Doppelt");
        fixture.payOnHostedPage(fixture.startCheckout(waiting));
        String transaction = payments.require(waiting.reference()).getProviderTransactionId();

        byte[] repeated = fixture.callbackBody(waiting.reference(), Map.of("transactionId", transaction));
        PaymentTestClient.Response second = fixture.http.callback(PaymentFixture.CALLBACK, repeated, fixture.sign(repeated));
        PaymentTestClient.Response third = fixture.http.callback(PaymentFixture.CALLBACK, repeated, fixture.sign(repeated));

        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.json().get("result").asText()).isEqualTo("ALREADY_BOOKED");
        assertThat(third.json().get("result").asText()).isEqualTo("ALREADY_BOOKED");
        assertContinuedExactlyOnce(waiting);

        // a second, different transaction for a fee already paid is not booked either
        byte[] otherTransaction = fixture.callbackBody(waiting.reference(), Map.of("transactionId", "TX-SECOND-PAYMENT"));
        PaymentTestClient.Response conflict = fixture.http.callback(PaymentFixture.CALLBACK, otherTransaction,
                fixture.sign(otherTransaction));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("error").asText()).isEqualTo("TRANSACTION_CONFLICT");
        assertThat(payments.require(waiting.reference()).getProviderTransactionId()).isEqualTo(transaction);
        assertContinuedExactlyOnce(waiting);
    }

    @Test
    void twoConcurrentCallbacksBookOnceAndContinueOnce() throws Exception {
        PaymentFixture.WaitingCase waiting = fixture.awaitingPayment("Gleichzeitig");
        fixture.startCheckout(waiting);
        byte[] body = fixture.callbackBody(waiting.reference(), Map.of("transactionId", "TX-CONCURRENT-" + waiting.reference()));
        String signature = fixture.sign(body);

        int senders = 4;
        CountDownLatch ready = new CountDownLatch(senders);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<Future<PaymentTestClient.Response>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < senders; i++) {
                responses.add(pool.submit(() -> {
                    PaymentTestClient platform = new PaymentTestClient(port);
                    ready.countDown();
                    go.await();
                    return platform.callback(PaymentFixture.CALLBACK, body, signature);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<PaymentTestClient.Response> response : responses) {
                PaymentTestClient.Response r = response.get(60, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.text()).isEqualTo(200);
                results.add(r.json().get("result").asText());
            }
            assertThat(results).containsOnlyOnce("BOOKED").containsOnly("BOOKED", "ALREADY_BOOKED");
        } finally {
            pool.shutdownNow();
        }
        assertContinuedExactlyOnce(waiting);
    }

    @Test
    void aCallbackBeforeTheProcessWaitsIsNotLost() {
        PaymentFixture.Submitted submitted = fixture.submit("Vorauszahlung");
        // payment at submission: the fee is requested before any process waits for it
        Payment requested = payments.request(submitted.caseId(), PaymentFixture.euro("100"));
        String processInstanceId = runtimeService.startProcessInstanceByKey("test-payment-checked-before-waiting",
                submitted.caseNumber(), Map.of("caseId", submitted.caseId(), "authorityId", PaymentFixture.ERFURT,
                        "feeAmount", 100)).getId();

        PaymentFixture.WaitingCase pending = new PaymentFixture.WaitingCase(submitted.caseId(), submitted.caseNumber(),
                submitted.trackingUrl(), requested.getReference());
        fixture.payOnHostedPage(fixture.startCheckout(pending)); // callback arrives; nobody waits for the message yet

        assertThat(payments.require(requested.getReference()).getStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(fixture.bookings(submitted.caseId())).isEqualTo(1);
        assertThat(payments.isPaid(submitted.caseId())).isTrue();
        assertThat(payments.settledPaymentFor(submitted.caseId())).map(Payment::getReference).contains(requested.getReference());
        // asked again later by the process, the fee is not requested twice
        Payment askedAgain = payments.request(submitted.caseId(), PaymentFixture.euro("100"));
        assertThat(askedAgain.getReference()).isEqualTo(requested.getReference());
        assertThat(askedAgain.getStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(payments.paymentsOf(submitted.caseId())).hasSize(1);

        // the process reaches its wait only now, and does not wait for what has already arrived
        taskService.complete(taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId("Event_AlreadyPaid").finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId("Event_PaymentReceived").count()).isZero();
    }

    @Test
    void reconciliationSettlesAPaidPaymentWhoseCallbackNeverCame() {
        PaymentFixture.WaitingCase waiting = fixture.awaitingPayment("Abgleich");
        Checkout checkout = payments.startCheckout(waiting.reference(), null, UNREACHABLE_CALLBACK);
        fixture.payOnHostedPage(checkout.redirectUrl());

        Payment lost = payments.require(waiting.reference());
        assertThat(lost.getStatus()).isEqualTo(PaymentStatus.OPEN);
        assertThat(jdbc.queryForObject("SELECT callback_outcome FROM epay_sim_payment WHERE provider_payment_id = ?",
                String.class, lost.getProviderPaymentId())).isEqualTo("FAILED");
        assertThat(fixture.isWaitingForPayment(waiting.caseNumber())).isTrue();

        reconciliation.reconcileOpenPayments(); // checkout younger than the minimum age: left for its callback
        assertThat(payments.require(waiting.reference()).getStatus()).isEqualTo(PaymentStatus.OPEN);

        assertThat(reconciliation.reconcileCheckoutsStartedBefore(Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(1);
        Payment settled = payments.require(waiting.reference());
        assertThat(settled.getStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(settled.getProviderTransactionId()).isEqualTo(simulatorTransactionOf(settled));
        assertThat(caseFiles.auditTrail(waiting.caseId())).anySatisfy(a -> assertThat(a.getDetail())
                .contains(waiting.reference(), "Abgleich mit der Zahlungsplattform"));
        assertContinuedExactlyOnce(waiting);

        reconciliation.reconcileCheckoutsStartedBefore(Instant.now().plusSeconds(1));
        assertContinuedExactlyOnce(waiting);
    }

    @Test
    void aFeeCancelledAtTheDeadlineCanNoLongerBePaidOnThePayPage() {
        PaymentFixture.WaitingCase waiting = fixture.awaitingPayment("Fristablauf");
        String redirectUrl = fixture.startCheckout(waiting);
        PaymentTestClient.PayPage page = fixture.http.openPayPage(redirectUrl);

        payments.cancelOpen(waiting.caseId()); // what the process does when the deadline passes

        PaymentTestClient.Response reopened = fixture.http.get(redirectUrl);
        assertThat(reopened.status()).isEqualTo(410);
        assertThat(reopened.text()).contains("Zahlung nicht mehr möglich");
        PaymentTestClient.Response late = fixture.http.payOn(page, "PAYPAL");
        assertThat(late.status()).isEqualTo(409);
        assertThat(payments.require(waiting.reference()).getStatus()).isEqualTo(PaymentStatus.CANCELLED);
        assertThat(fixture.bookings(waiting.caseId())).isZero();
        PaymentTestClient.Response viaTracking = fixture.http.postJson(waiting.trackingUrl() + "/payments/" + waiting.reference(), "{}");
        assertThat(viaTracking.status()).isEqualTo(409);
        assertThat(viaTracking.json().get("message").asText()).contains("Zahlungsfrist");
    }

    @Test
    void aPaymentMadeAtTheLastMomentIsRefundedWhenTheDeadlinePassesBeforeItIsBooked() {
        PaymentFixture.WaitingCase waiting = fixture.awaitingPayment("Letzteminute");
        Checkout checkout = payments.startCheckout(waiting.reference(), null, UNREACHABLE_CALLBACK);
        fixture.payOnHostedPage(checkout.redirectUrl());
        String transaction = simulatorTransactionOf(payments.require(waiting.reference()));

        payments.cancelOpen(waiting.caseId());

        Payment refunded = payments.require(waiting.reference());
        assertThat(refunded.getStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.getRefundId()).startsWith("RF-");
        assertThat(jdbc.queryForObject("SELECT status FROM epay_sim_payment WHERE provider_payment_id = ?", String.class,
                refunded.getProviderPaymentId())).isEqualTo("REFUNDED");
        assertThat(fixture.bookings(waiting.caseId())).isZero();
        assertThat(fixture.statusCount(waiting.caseId(), CaseStatus.BEZAHLT)).isZero();

        // the platform's callback arriving late changes nothing
        byte[] late = fixture.callbackBody(waiting.reference(), Map.of("transactionId", transaction));
        PaymentTestClient.Response response = fixture.http.callback(PaymentFixture.CALLBACK, late, fixture.sign(late));
        assertThat(response.status()).isEqualTo(200);
        assertThat(payments.require(waiting.reference()).getStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(fixture.bookings(waiting.caseId())).isZero();
        assertThat(fixture.isWaitingForPayment(waiting.caseNumber())).isTrue();
    }

    private void assertContinuedExactlyOnce(PaymentFixture.WaitingCase waiting) {
        PaymentFixture.await("decision task of " + waiting.caseNumber(), () -> fixture.openTask(waiting.caseNumber()) != null);
        assertThat(fixture.openTask(waiting.caseNumber()).getName()).isEqualTo("Entscheidung");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(waiting.caseNumber()).count()).isEqualTo(1);
        assertThat(fixture.status(waiting.caseId())).isEqualTo(CaseStatus.IN_ENTSCHEIDUNG);
        assertThat(fixture.statusCount(waiting.caseId(), CaseStatus.BEZAHLT)).isEqualTo(1);
        assertThat(fixture.statusCount(waiting.caseId(), CaseStatus.IN_ENTSCHEIDUNG)).isEqualTo(1);
        assertThat(fixture.bookings(waiting.caseId())).isEqualTo(1);
        assertThat(fixture.isWaitingForPayment(waiting.caseNumber())).isFalse();
        long messagesReceived = 0;
        for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(waiting.caseNumber()).list()) {
            messagesReceived += historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityType("intermediateMessageCatch").finished().count();
        }
        assertThat(messagesReceived).as("message catch events completed").isEqualTo(1);
    }

    private String simulatorTransactionOf(Payment payment) {
        return jdbc.queryForObject("SELECT transaction_id FROM epay_sim_payment WHERE provider_payment_id = ?",
                String.class, payment.getProviderPaymentId());
    }

}
