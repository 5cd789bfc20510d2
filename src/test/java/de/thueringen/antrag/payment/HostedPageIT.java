package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/**
 * The built-in platform's pay page as a citizen's browser sees it: German, labelled, and a POST that did not come
 * from the page (no or a wrong form token) pays nothing.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostedPageIT {

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
    @Autowired
    JdbcTemplate jdbc;
    @Value("${antrag.payment.simulator.secret}")
    String secret;

    PaymentFixture fixture;
    PaymentFixture.WaitingCase waiting;
    String redirectUrl;

    @BeforeAll
    void oneFeeWaitingForItsPayment() {
        fixture = new PaymentFixture(port, payments, caseFiles, jurisdiction, repositoryService, taskService, runtimeService,
                secret);
        waiting = fixture.awaitingPayment("Seitenbesucherin");
        redirectUrl = fixture.startCheckout(waiting);
    }

    @Test
    void showsPayeePurposeAndAmountInGermanWithLabelledChoices() {
        PaymentTestClient.Response page = fixture.http.get(redirectUrl);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        String html = page.text();
        assertThat(html).contains("<html lang=\"de\"", "name=\"viewport\"", "Gebühr bezahlen",
                "Empfänger", "Stadt Erfurt", "Verwendungszweck", "Kassenzeichen", waiting.reference(),
                "Aktenzeichen", waiting.caseNumber(), "100,00 €", "Jetzt bezahlen", "Abbrechen", "<legend>Zahlungsart</legend>",
                "/css/epayment.css");
        for (String method : new String[] {"KREDITKARTE", "PAYPAL", "GIROPAY", "SEPA_LASTSCHRIFT"}) {
            assertThat(html).contains("id=\"method-" + method + "\"", "<label for=\"method-" + method + "\"");
        }
        assertThat(html).contains(">Kreditkarte<", ">PayPal<", ">giropay<", ">SEPA-Lastschrift<");
        assertThat(html).doesNotContain("Seitenbesucherin", "style=", "<script");
    }

    @Test
    void refusesAPostWithoutTheFormToken() {
        PaymentTestClient.Response response = fixture.http.postForm(fixture.http.openPayPage(redirectUrl).formAction(),
                Map.of("method", "KREDITKARTE", "action", "bezahlen"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("Anfrage abgelehnt", "nichts abgebucht");
        assertNothingPaid();
    }

    @Test
    void refusesAPostWithAWrongFormToken() {
        PaymentTestClient.PayPage page = fixture.http.openPayPage(redirectUrl);
        String wrong = (page.token().charAt(0) == 'A' ? "B" : "A") + page.token().substring(1);
        for (String token : new String[] {wrong, "", "x".repeat(500), page.token() + "A"}) {
            PaymentTestClient.Response response = fixture.http.postForm(page.formAction(),
                    Map.of("token", token, "method", "KREDITKARTE", "action", "bezahlen"));
            assertThat(response.status()).as("token %s", token).isEqualTo(403);
        }
        assertNothingPaid();
    }

    @Test
    void asksForAPaymentMethodWhenNoneIsChosen() {
        PaymentTestClient.PayPage page = fixture.http.openPayPage(redirectUrl);
        PaymentTestClient.Response response = fixture.http.postForm(page.formAction(),
                Map.of("token", page.token(), "action", "bezahlen"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("role=\"alert\"", "Bitte wählen Sie eine Zahlungsart aus.",
                "aria-describedby=\"fehler-zahlungsart\"", "<title>Fehler:");
        assertNothingPaid();
    }

    @Test
    void anUnknownPayPageAnswers404InGerman() {
        PaymentTestClient.Response response = fixture.http.get("/epayment/EPB-ZZZZZZZZZZZZZZZZZZZZ");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text()).contains("Zahlung nicht gefunden");
        assertThat(fixture.http.get("/epayment/..%2F..%2Fetc").status()).isIn(400, 404);
    }

    @Test
    void cancellingLeavesTheFeeOpenAndTheCitizenCanPayLater() {
        PaymentFixture.WaitingCase own = fixture.awaitingPayment("Abbrecher");
        String ownPage = fixture.startCheckout(own);
        PaymentTestClient.PayPage page = fixture.http.openPayPage(ownPage);

        PaymentTestClient.Response cancelled = fixture.http.postForm(page.formAction(),
                Map.of("token", page.token(), "action", "abbrechen"));
        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(cancelled.header("Location")).endsWith("/abgebrochen");
        assertThat(fixture.http.get(cancelled.header("Location")).text())
                .contains("Zahlung abgebrochen", "nichts abgebucht", "Erneut bezahlen");
        assertThat(payments.require(own.reference()).getStatus()).isEqualTo(PaymentStatus.OPEN);
        assertThat(fixture.isWaitingForPayment(own.caseNumber())).isTrue();
        assertThat(fixture.http.get(own.trackingUrl()).json().get("payments").get(0).get("status").asText()).isEqualTo("OPEN");

        String again = fixture.startCheckout(own);
        assertThat(again).as("the same checkout is offered again").isEqualTo(ownPage);
        fixture.payOnHostedPage(again);
        assertThat(payments.require(own.reference()).getStatus()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void pressingPayTwiceBooksOnce() {
        PaymentFixture.WaitingCase own = fixture.awaitingPayment("Doppelklick");
        PaymentTestClient.PayPage page = fixture.http.openPayPage(fixture.startCheckout(own));

        PaymentTestClient.Response first = fixture.http.payOn(page, "GIROPAY");
        PaymentTestClient.Response second = fixture.http.payOn(page, "SEPA_LASTSCHRIFT");

        assertThat(first.status()).isEqualTo(303);
        assertThat(second.status()).isEqualTo(303);
        assertThat(fixture.http.get(second.header("Location")).text()).contains("Zahlung erfolgreich", "giropay");
        assertThat(fixture.bookings(own.caseId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT callback_attempts FROM epay_sim_payment WHERE provider_payment_id = ?",
                Integer.class, payments.require(own.reference()).getProviderPaymentId())).isEqualTo(1);
    }

    @Test
    void sendsTheCitizenBackToTheReturnAddressGivenAtCreation() {
        String back = fixture.http.base + "/portal/zahlung/zurueck";
        PaymentFixture.WaitingCase cancelling = fixture.awaitingPayment("Rueckkehrerin");
        PaymentTestClient.PayPage page = fixture.http.openPayPage(payments.startCheckout(cancelling.reference(), back,
                fixture.http.base + PaymentFixture.CALLBACK).redirectUrl());
        PaymentTestClient.Response cancelled = fixture.http.postForm(page.formAction(),
                Map.of("token", page.token(), "action", "abbrechen"));
        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(cancelled.header("Location")).isEqualTo(back);
        assertThat(payments.require(cancelling.reference()).getStatus()).isEqualTo(PaymentStatus.OPEN);

        PaymentTestClient.Response paid = fixture.http.payOn(page, "PAYPAL");
        assertThat(paid.status()).isEqualTo(303);
        assertThat(paid.header("Location")).isEqualTo(back);
        assertThat(payments.require(cancelling.reference()).getStatus()).isEqualTo(PaymentStatus.PAID);
    }

    private void assertNothingPaid() {
        Payment payment = payments.require(waiting.reference());
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.OPEN);
        assertThat(jdbc.queryForObject("SELECT status FROM epay_sim_payment WHERE provider_payment_id = ?", String.class,
                payment.getProviderPaymentId())).isEqualTo("OPEN");
        assertThat(fixture.bookings(waiting.caseId())).isZero();
    }
}
