package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/** The cash office's day report: German CSV, only for the authority's own cash office and administrators. */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentReportIT {

    private static final String ERFURT = "ags-16051000";
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

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
    Payment paid;
    Payment open;
    String reportUrl;

    @BeforeAll
    void onePaidAndOneOpenFeeInErfurt() {
        fixture = new PaymentFixture(port, payments, caseFiles, jurisdiction, repositoryService, taskService, runtimeService,
                secret);
        PaymentFixture.WaitingCase paying = fixture.awaitingPayment("Kassenbericht");
        fixture.payOnHostedPage(fixture.startCheckout(paying));
        paid = payments.require(paying.reference());
        open = payments.require(fixture.awaitingPayment("Offenbleiber").reference());
        reportUrl = "/api/v1/reports/payments?authority=" + ERFURT + "&date=" + LocalDate.ofInstant(paid.getPaidAt(), GERMANY);
    }

    @Test
    void erfurtsCashOfficeGetsTheDayReportAsGermanCsv() {
        PaymentTestClient.Response report = fixture.http.as("erfurt.kasse", "Erfurt-Demo-1").get(reportUrl);

        assertThat(report.status()).as(report.text()).isEqualTo(200);
        assertThat(report.header("Content-Type")).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
        assertThat(report.header("Content-Disposition")).contains("attachment", ".csv");
        assertThat(Arrays.copyOf(report.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(report.body(), 3, report.body().length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("Kassenzeichen;Aktenzeichen;Leistung;Betrag;Währung;Status;Bezahlt am;Transaktions-ID");
        String paidAt = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(GERMANY).format(paid.getPaidAt());
        assertThat(lines).contains(paid.getReference() + ";" + paid.getCaseNumber() + ";Bewohnerparkausweis;100,00;EUR;bezahlt;"
                + paidAt + ";" + paid.getProviderTransactionId());
        assertThat(lines).contains(open.getReference() + ";" + open.getCaseNumber() + ";Bewohnerparkausweis;100,00;EUR;offen;;");
        assertThat(lines).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(8));
        assertThat(lines).noneMatch(line -> line.contains("Kassenbericht") || line.contains("Erika"));
    }

    @Test
    void erfurtsOwnClerkMayNotSeeTheBooks() {
        PaymentTestClient.Response report = fixture.http.as("erfurt.sb", "Erfurt-Demo-1").get(reportUrl);
        assertThat(report.status()).isEqualTo(403);
        assertThat(report.json().get("error").asText()).isEqualTo("FORBIDDEN");
        assertThat(report.text()).doesNotContain(paid.getReference());
    }

    @Test
    void jenasCashOfficeMayNotSeeErfurtsPayments() {
        PaymentTestClient.Response report = fixture.http.as("jena.kasse", "Jena-Demo-1").get(reportUrl);
        assertThat(report.status()).isEqualTo(403);
        assertThat(report.text()).doesNotContain(paid.getReference());
    }

    @Test
    void aCashOfficeSeesNoCaseFile() {
        PaymentTestClient.Response caseFile = fixture.http.as("erfurt.kasse", "Erfurt-Demo-1")
                .get("/api/v1/cases/" + paid.getCaseNumber());
        assertThat(caseFile.status()).isEqualTo(403);
    }

    @Test
    void withoutLoginTheReportAsksForCredentials() {
        PaymentTestClient.Response report = fixture.http.get(reportUrl);
        assertThat(report.status()).isEqualTo(401);
        assertThat(report.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(report.text()).doesNotContain(paid.getReference());
    }

    @Test
    void anAdministratorMaySeeEveryAuthority() {
        assertThat(fixture.http.as("admin", "Verwaltung-Demo-1").get(reportUrl).text()).contains(paid.getReference());
    }

    @Test
    void aDayWithoutPaymentsHasOnlyTheHeader() {
        PaymentTestClient.Response report = fixture.http.as("erfurt.kasse", "Erfurt-Demo-1")
                .get("/api/v1/reports/payments?authority=" + ERFURT + "&date=2001-01-01");
        assertThat(new String(report.body(), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFKassenzeichen;Aktenzeichen;Leistung;Betrag;Währung;Status;Bezahlt am;Transaktions-ID\r\n");
    }

    @Test
    void aMalformedDayIsRejected() {
        PaymentTestClient.Response report = fixture.http.as("erfurt.kasse", "Erfurt-Demo-1")
                .get("/api/v1/reports/payments?authority=" + ERFURT + "&date=01.03.2026");
        assertThat(report.status()).isEqualTo(400);
        assertThat(report.json().get("error").asText()).isEqualTo("INVALID_DATE");
    }
}
