package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/**
 * Callbacks that must not book: forged, replayed, tampered with, for an unknown payment, with another amount or
 * currency than the fee. Each is refused with a 4xx code and a WARN log line, and afterwards the fee is still open
 * and the process still waits. The last test shows that a genuine callback for the same fee books.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class PaymentCallbackRejectionIT {

    @LocalServerPort
    int port;
    @Autowired
    PaymentService payments;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JurisdictionService jurisdiction;
    @Value("${antrag.payment.simulator.secret}")
    String secret;

    PaymentFixture fixture;
    PaymentFixture.WaitingCase waiting;

    @BeforeAll
    void oneFeeWaitingForItsPayment() {
        fixture = new PaymentFixture(port, payments, caseFiles, jurisdiction, repositoryService, taskService, runtimeService,
                secret);
        waiting = fixture.awaitingPayment("Abgewiesen");
        fixture.startCheckout(waiting);
    }

    @Test
    void aForgedSignatureIsRejected(CapturedOutput log) {
        byte[] body = fixture.callbackBody(waiting.reference(), Map.of());
        String forged = CallbackSignature.sign("a-secret-an-attacker-has-guessed-1234".getBytes(StandardCharsets.UTF_8),
                Instant.now().getEpochSecond(), body);
        assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, body, forged), 401, "INVALID_SIGNATURE");
        assertThat(log.getOut()).contains("Payment callback of epaybl-simulator refused: INVALID_SIGNATURE");
    }

    @Test
    void aCallbackWithoutSignatureIsRejected() {
        byte[] body = fixture.callbackBody(waiting.reference(), Map.of());
        assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, body, null), 401, "INVALID_SIGNATURE");
    }

    @Test
    void aReplayedCallbackWithAStaleTimestampIsRejected() {
        byte[] body = fixture.callbackBody(waiting.reference(), Map.of());
        String sixMinutesOld = fixture.sign(body, Instant.now().minus(Duration.ofMinutes(6)));
        assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, body, sixMinutesOld), 401, "STALE_TIMESTAMP");
    }

    @Test
    void aTamperedBodyIsRejected() {
        byte[] genuine = fixture.callbackBody(waiting.reference(), Map.of());
        String signature = fixture.sign(genuine);
        byte[] tampered = new String(genuine, StandardCharsets.UTF_8).replace("\"amount\":100.00", "\"amount\":1.00")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(tampered).isNotEqualTo(genuine);
        assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, tampered, signature), 401, "INVALID_SIGNATURE");
    }

    @Test
    void aCallbackForAnUnknownPaymentIsRejected(CapturedOutput log) {
        byte[] unknownReference = fixture.callbackBody(waiting.reference(), Map.of("reference", "TH-ZZZZZZZZZZZZ"));
        assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, unknownReference, fixture.sign(unknownReference)),
                404, "UNKNOWN_PAYMENT");
        assertThat(log.getOut()).contains("refused: UNKNOWN_PAYMENT (Kassenzeichen TH-ZZZZZZZZZZZZ)");
        byte[] otherProviderPayment = fixture.callbackBody(waiting.reference(),
                Map.of("providerPaymentId", "EPB-ZZZZZZZZZZZZZZZZZZZZ"));
        assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, otherProviderPayment, fixture.sign(otherProviderPayment)),
                404, "UNKNOWN_PAYMENT");
    }

    @Test
    void aCallbackWithAnotherAmountThanTheFeeIsRejected(CapturedOutput log) {
        for (String amount : new String[] {"1.00", "99.99", "100.01", "1000.00"}) {
            byte[] body = fixture.callbackBody(waiting.reference(), Map.of("amount", PaymentFixture.euro(amount)));
            assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, body, fixture.sign(body)), 422, "AMOUNT_MISMATCH");
        }
        String warning = log.getOut().lines().filter(l -> l.contains("refused: AMOUNT_MISMATCH")).findFirst().orElseThrow();
        assertThat(warning).contains("WARN", "Kassenzeichen " + waiting.reference()).doesNotContain("Abgewiesen", "Erika");
    }

    @Test
    void aCallbackWithAnotherCurrencyIsRejected() {
        byte[] body = fixture.callbackBody(waiting.reference(), Map.of("currency", "USD"));
        assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, body, fixture.sign(body)), 422, "CURRENCY_MISMATCH");
    }

    @Test
    void aSignedButUnreadableCallbackIsRejected() {
        byte[] notJson = "Zahlung ok".getBytes(StandardCharsets.UTF_8);
        assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, notJson, fixture.sign(notJson)), 400, "MALFORMED_CALLBACK");
        byte[] noTransaction = fixture.callbackBody(waiting.reference(), Map.of("transactionId", "; DROP TABLE payment"));
        assertRejected(fixture.http.callback(PaymentFixture.CALLBACK, noTransaction, fixture.sign(noTransaction)), 400,
                "MALFORMED_CALLBACK");
    }

    @Test
    void aCallbackForAnUnknownProviderIsRejected() {
        byte[] body = fixture.callbackBody(waiting.reference(), Map.of());
        assertRejected(fixture.http.callback(PaymentService.CALLBACK_PATH + "/fremd-pay", body, fixture.sign(body)), 404,
                "UNKNOWN_PROVIDER");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void afterAllThatAGenuineCallbackForTheSameFeeIsBooked() {
        byte[] body = fixture.callbackBody(waiting.reference(), Map.of());
        // the configured provider's short address works too
        PaymentTestClient.Response response = fixture.http.callback(PaymentService.CALLBACK_PATH, body, fixture.sign(body));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("result").asText()).isEqualTo("BOOKED");
        assertThat(payments.require(waiting.reference()).getStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(fixture.bookings(waiting.caseId())).isEqualTo(1);
        PaymentFixture.await("process continued", () -> !fixture.isWaitingForPayment(waiting.caseNumber()));
    }

    private void assertRejected(PaymentTestClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("error").asText()).isEqualTo(code);
        assertThat(response.json().get("message").asText()).isNotBlank();
        Payment payment = payments.require(waiting.reference());
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.OPEN);
        assertThat(payment.getProviderTransactionId()).isNull();
        assertThat(fixture.bookings(waiting.caseId())).isZero();
        assertThat(fixture.statusCount(waiting.caseId(), CaseStatus.BEZAHLT)).isZero();
        assertThat(fixture.status(waiting.caseId())).isEqualTo(CaseStatus.ZAHLUNG_AUSSTEHEND);
        assertThat(fixture.isWaitingForPayment(waiting.caseNumber())).isTrue();
    }
}
