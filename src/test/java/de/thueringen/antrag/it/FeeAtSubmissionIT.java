package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Certificates take their fee with the application (Führungszeugnis, {@code payment.at.submission}): the fee from
 * the fee table is open right after submission, free for voluntary work, and once paid the process does not ask
 * again: the clerk's approval goes straight to the certificate.
 */
@H2ApplicationTest
class FeeAtSubmissionIT {

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    HttpApi citizen;
    HttpApi erfurtClerk;

    @BeforeEach
    void clients() {
        citizen = new HttpApi(port);
        erfurtClerk = citizen.as("erfurt.sb", "Erfurt-Demo-1");
    }

    @Test
    void certificateFeeIsPayableRightAfterSubmissionAndNotAskedTwice() {
        JsonNode submitted = submit(false);
        String trackingUrl = submitted.get("trackingUrl").asText();
        JsonNode view = citizen.get(trackingUrl).json();
        assertThat(view.get("payments")).hasSize(1);
        JsonNode payment = view.get("payments").get(0);
        assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("13.00");
        assertThat(payment.get("status").asText()).isEqualTo("OPEN");

        EPaymentPage.pay(citizen, payment.get("payUrl").asText());
        awaitStatus(trackingUrl, "BEZAHLT");

        String caseNumber = submitted.get("caseNumber").asText();
        JsonNode task = erfurtClerk.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=5").json().get(0);
        HttpApi.Response done = erfurtClerk.postJson("/engine-rest/task/" + task.get("id").asText() + "/complete",
                "{\"variables\":{\"approved\":{\"value\":true},\"feeAmount\":{\"value\":13.0}}}");
        assertThat(done.status()).as(done.text()).isEqualTo(204);

        JsonNode closed = awaitStatus(trackingUrl, "GENEHMIGT");
        assertThat(closed.get("payments")).hasSize(1);
        assertThat(closed.get("payments").get(0).get("status").asText()).isEqualTo("PAID");
        assertThat(closed.get("documents")).noneSatisfy(d -> assertThat(d.path("noticeKind").asText()).isEqualTo("FEE_NOTICE"));
    }

    @Test
    void voluntaryWorkIsFreeSoNothingIsToBePaid() {
        JsonNode submitted = submit(true);
        assertThat(citizen.get(submitted.get("trackingUrl").asText()).json().get("payments")).isEmpty();
    }

    /**
     * The fee preview and the fee at submission are evaluated outside any process: the engine's history must not
     * keep them as decision instances without tenant (readable beyond the authority, with the citizen's inputs).
     */
    @Test
    void feesEvaluatedOutsideAProcessLeaveNoUntenantedDecisionInHistory() {
        long untenantedBefore = historyService.createHistoricDecisionInstanceQuery().withoutTenantId().count();

        String csrf = csrf(citizen.get("/portal/leistungen/10562").text());
        HttpApi.Response preview = citizen.post("/portal/leistungen/10562/ort", "application/x-www-form-urlencoded",
                ("_csrf=" + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8) + "&ort=99084")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(preview.text()).contains("Gebühr: 13,00");
        JsonNode submitted = submit(false);

        assertThat(historyService.createHistoricDecisionInstanceQuery().withoutTenantId().count())
                .isEqualTo(untenantedBefore);
        assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("fee-10562").list())
                .allSatisfy(decision -> assertThat(decision.getTenantId()).isNotNull());
        assertThat(citizen.get(submitted.get("trackingUrl").asText()).json().get("payments").get(0)
                .get("amount").decimalValue()).isEqualByComparingTo("13.00");
    }

    private static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("CSRF token in page").isTrue();
        return matcher.group(1);
    }

    private JsonNode submit(boolean voluntaryWork) {
        Map<String, Object> application = TestData.criminalRecordCertificate(voluntaryWork);
        HttpApi.Response response = citizen.postJson("/api/v1/applications", application);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json();
    }

    private JsonNode awaitStatus(String trackingUrl, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode view = null;
        while (System.nanoTime() < deadline) {
            HttpApi.Response response = citizen.get(trackingUrl);
            if (response.status() == 200) {
                view = response.json();
                if (status.equals(view.get("status").asText())) {
                    return view;
                }
            }
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Case did not reach " + status + ": " + view);
    }
}
