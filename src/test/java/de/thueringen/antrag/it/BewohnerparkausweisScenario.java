package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Bewohnerparkausweis from submission to PDF notice, over HTTP as citizen and clerk would use it. Runs on
 * every database the platform supports (see the subclasses).
 */
abstract class BewohnerparkausweisScenario {

    static final String ERFURT_CLERK = "erfurt.sb";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    HttpApi citizen;
    HttpApi erfurtClerk;

    @BeforeEach
    void clients() {
        citizen = new HttpApi(port);
        erfurtClerk = citizen.as(ERFURT_CLERK, "Erfurt-Demo-1");
    }

    record Submitted(String caseNumber, String trackingUrl) {
    }

    Submitted submit(Map<String, Object> application) {
        HttpApi.Response response = citizen.postJson("/api/v1/applications", application);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(response.header("Location")).isEqualTo(body.get("trackingUrl").asText());
        return new Submitted(body.get("caseNumber").asText(), body.get("trackingUrl").asText());
    }

    JsonNode openTask(HttpApi clerk, String caseNumber) {
        JsonNode tasks = clerk.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=10").json();
        assertThat(tasks).as("open tasks of %s", caseNumber).hasSize(1);
        return tasks.get(0);
    }

    void complete(HttpApi clerk, JsonNode task, String variablesJson) {
        HttpApi.Response response = clerk.postJson("/engine-rest/task/" + task.get("id").asText() + "/complete",
                "{\"variables\":" + variablesJson + "}");
        assertThat(response.status()).as(response.text()).isEqualTo(204);
    }

    JsonNode awaitStatus(String trackingUrl, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode view = null;
        do {
            HttpApi.Response response = citizen.get(trackingUrl);
            if (response.status() == 429) { // the portal's rate limit on lookups; a real client waits too
                sleep();
                continue;
            }
            view = response.json();
            if (status.equals(view.get("status").asText())) {
                return view;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Case did not reach " + status + ": " + view);
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new AssertionError("Not a PDF", e);
        }
    }

    static JsonNode notice(JsonNode trackingView, String noticeKind) {
        for (JsonNode document : trackingView.get("documents")) {
            if (noticeKind.equals(document.path("noticeKind").asText())) {
                return document;
            }
        }
        throw new AssertionError("No notice " + noticeKind + " in " + trackingView);
    }

    /** The service process of a case (its call activities run as sub-instances with the same business key). */
    String serviceInstanceId(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("ozg-10173").singleResult().getId();
    }

    void payOnHostedPage(String payUrl) {
        EPaymentPage.pay(citizen, payUrl);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void approvedApplicationEndsWithPermitNoticeInTheCaseFile() {
        Submitted submitted = submit(TestData.parkingPermitErfurt("Mustermann"));
        assertThat(submitted.caseNumber()).matches("ERF-\\d{4}-\\d{6}");

        JsonNode formalCheck = openTask(erfurtClerk, submitted.caseNumber());
        assertThat(formalCheck.get("name").asText()).isEqualTo("Formelle Prüfung");
        assertThat(formalCheck.get("tenantId").asText()).isEqualTo("ags-16051000");
        assertThat(formalCheck.get("due").isNull()).isFalse();
        complete(erfurtClerk, formalCheck, "{\"formalCheckPassed\":{\"value\":true}}");
        JsonNode review = openTask(erfurtClerk, submitted.caseNumber());
        assertThat(review.get("name").asText()).isEqualTo("Sachliche Prüfung");
        complete(erfurtClerk, review, "{\"reviewPassed\":{\"value\":true}}");

        JsonNode awaitingPayment = awaitStatus(submitted.trackingUrl(), "ZAHLUNG_AUSSTEHEND");
        JsonNode payment = awaitingPayment.get("payments").get(0);
        assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(payment.get("status").asText()).isEqualTo("OPEN");
        payOnHostedPage(payment.get("payUrl").asText());
        HttpApi.Response paidAgain = citizen.postJson(payment.get("payUrl").asText(), "{}");
        assertThat(paidAgain.json().get("message").asText()).contains("bereits bezahlt");
        awaitStatus(submitted.trackingUrl(), "IN_ENTSCHEIDUNG");

        JsonNode decision = openTask(erfurtClerk, submitted.caseNumber());
        assertThat(decision.get("name").asText()).isEqualTo("Entscheidung");
        complete(erfurtClerk, decision, "{\"approved\":{\"value\":true},\"permitValidUntil\":{\"value\":\"2027-11-30\"}}");

        JsonNode done = awaitStatus(submitted.trackingUrl(), "GENEHMIGT");
        assertThat(done.get("history")).extracting(h -> h.get("status").asText()).containsExactly(
                "EINGEGANGEN", "IN_PRUEFUNG", "ZAHLUNG_AUSSTEHEND", "BEZAHLT", "IN_ENTSCHEIDUNG", "GENEHMIGT");
        byte[] pdf = citizen.get(notice(done, "APPROVAL").get("url").asText()).body();
        String text = pdfText(pdf);
        assertThat(text).contains("Stadt Erfurt", submitted.caseNumber(), "Bewohnerparkausweis", "100,00 €",
                "EF-AB 123", "30.11.2027", "Rechtsbehelfsbelehrung", "Widerspruch", "Erika Mustermann");

        JsonNode caseFile = erfurtClerk.get("/api/v1/cases/" + submitted.caseNumber()).json();
        // the vehicle registration, the fee notice, the notice with the permit
        assertThat(caseFile.get("documents")).extracting(d -> d.get("kind").asText()).containsExactly("UPLOAD", "NOTICE", "NOTICE");
        String clerkNoticeUrl = caseFile.get("documents").get(2).get("url").asText();
        HttpApi.Response clerkNotice = erfurtClerk.get(clerkNoticeUrl);
        assertThat(clerkNotice.status()).isEqualTo(200);
        assertThat(clerkNotice.body()).isEqualTo(pdf);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(submitted.caseNumber()).count()).isZero();
    }

    @Test
    void forwardedCaseIsWorkedOnByTheCompetentAuthority() {
        Submitted submitted = submit(TestData.parkingPermitErfurt("Weitergabe"));
        JsonNode erfurtTask = openTask(erfurtClerk, submitted.caseNumber());
        HttpApi.Response forwarded = erfurtClerk.send("POST", "/api/v1/cases/" + submitted.caseNumber() + "/forwarding",
                "application/json", "{\"authorityId\":\"ags-16053000\",\"reason\":\"Wohnsitz in Jena\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "X-Antrag-Request", "1");
        assertThat(forwarded.status()).as(forwarded.text()).isEqualTo(200);
        assertThat(erfurtClerk.get("/engine-rest/task?processInstanceBusinessKey=" + submitted.caseNumber()
                + "&maxResults=10").json()).isEmpty();

        HttpApi jenaClerk = citizen.as("jena.sb", "Jena-Demo-1");
        JsonNode jenaTask = openTask(jenaClerk, submitted.caseNumber());
        assertThat(jenaTask.get("id").asText()).isEqualTo(erfurtTask.get("id").asText());
        assertThat(jenaTask.get("tenantId").asText()).isEqualTo("ags-16053000");
        complete(jenaClerk, jenaTask, "{\"formalCheckPassed\":{\"value\":true}}");
        assertThat(openTask(jenaClerk, submitted.caseNumber()).get("tenantId").asText()).isEqualTo("ags-16053000");
    }

    @Test
    void rejectionAtReviewGivesRejectionNoticeWithReasonAndNoFee() {
        Submitted submitted = submit(TestData.parkingPermitErfurt("Ablehnung"));
        complete(erfurtClerk, openTask(erfurtClerk, submitted.caseNumber()), "{\"formalCheckPassed\":{\"value\":true}}");
        complete(erfurtClerk, openTask(erfurtClerk, submitted.caseNumber()),
                "{\"reviewPassed\":{\"value\":false},\"rejectionReason\":{\"value\":\"Die Anschrift liegt in keinem Bewohnerparkgebiet.\"}}");

        JsonNode done = awaitStatus(submitted.trackingUrl(), "ABGELEHNT");
        assertThat(done.get("payments")).isEmpty();
        String text = pdfText(citizen.get(notice(done, "REJECTION").get("url").asText()).body());
        assertThat(text).contains("abgelehnt", "Die Anschrift liegt in keinem Bewohnerparkgebiet.", "Rechtsbehelfsbelehrung")
                .doesNotContain("100,00 €");
    }

    @Test
    void unpaidFeeDiscontinuesTheCaseWhenTheDeadlinePasses() {
        Submitted submitted = submit(TestData.parkingPermitErfurt("Zahltnicht"));
        complete(erfurtClerk, openTask(erfurtClerk, submitted.caseNumber()), "{\"formalCheckPassed\":{\"value\":true}}");
        complete(erfurtClerk, openTask(erfurtClerk, submitted.caseNumber()), "{\"reviewPassed\":{\"value\":true}}");
        JsonNode awaitingPayment = awaitStatus(submitted.trackingUrl(), "ZAHLUNG_AUSSTEHEND");

        assertThat(pdfText(citizen.get(notice(awaitingPayment, "FEE_NOTICE").get("url").asText()).body()))
                .contains("Gebührenbescheid", "100,00 €", awaitingPayment.get("payments").get(0).get("reference").asText());
        String feeInstanceId = runtimeService.createProcessInstanceQuery().superProcessInstanceId(
                serviceInstanceId(submitted.caseNumber())).singleResult().getId();
        Job reminder = managementService.createJobQuery().processInstanceId(feeInstanceId).timers().singleResult();
        assertThat(Duration.between(java.time.Instant.now(), reminder.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(10).minusMinutes(5), Duration.ofDays(10));
        managementService.executeJob(reminder.getId()); // ten days pass: the citizen is reminded
        Job deadline = managementService.createJobQuery().processInstanceId(feeInstanceId).timers().singleResult();
        assertThat(Duration.between(java.time.Instant.now(), deadline.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
        managementService.executeJob(deadline.getId()); // seven more days: the deadline passes

        JsonNode done = awaitStatus(submitted.trackingUrl(), "EINGESTELLT");
        assertThat(done.get("payments").get(0).get("status").asText()).isEqualTo("CANCELLED");
        HttpApi.Response lateAttempt = citizen.postJson(awaitingPayment.get("payments").get(0).get("payUrl").asText(), "{}");
        assertThat(lateAttempt.status()).isEqualTo(409);
        assertThat(lateAttempt.json().get("message").asText()).contains("Zahlungsfrist");
        assertThat(pdfText(citizen.get(notice(done, "DISCONTINUATION").get("url").asText()).body()))
                .contains("eingestellt", submitted.caseNumber());
    }

    @Test
    void invalidSubmissionIsRejectedWithGermanFieldErrorsAndNothingIsStored() {
        long casesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();
        Map<String, Object> application = TestData.parkingPermitErfurt("Fehler");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) application.get("data");
        data.put("licensePlate", "EF123");
        data.remove("firstName");

        HttpApi.Response response = citizen.postJson("/api/v1/applications", application);

        assertThat(response.status()).isEqualTo(400);
        JsonNode body = response.json();
        assertThat(body.get("error").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(body.get("fieldErrors")).extracting(e -> e.get("field").asText() + ":" + e.get("code").asText())
                .containsExactlyInAnyOrder("data.licensePlate:PATTERN", "data.firstName:REQUIRED");
        assertThat(body.get("fieldErrors").get(0).get("message").asText()).contains("„");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class)).isEqualTo(casesBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void anyNameACitizenTypesSurvivesEngineAndCaseFile() {
        String name = "Nguyễn 😀 Şükrü Łukasz";
        Submitted submitted = submit(TestData.parkingPermit("16051000", "99084", "Erfurt", "Łukasz", name));

        String processInstanceId = serviceInstanceId(submitted.caseNumber());
        assertThat(runtimeService.getVariable(processInstanceId, "lastName")).isEqualTo(name);
        assertThat(runtimeService.getVariable(processInstanceId, "applicantName")).isEqualTo("Łukasz " + name);
        JsonNode caseFile = erfurtClerk.get("/api/v1/cases/" + submitted.caseNumber()).json();
        assertThat(caseFile.get("applicant").get("name").asText()).isEqualTo("Łukasz " + name);
        assertThat(jdbc.queryForObject("SELECT last_name FROM case_file WHERE case_number = ?", String.class,
                submitted.caseNumber())).isEqualTo(name);
    }
}
