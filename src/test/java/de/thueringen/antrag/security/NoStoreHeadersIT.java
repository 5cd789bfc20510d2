package de.thueringen.antrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.tasks.ClerkClient;

/** Pages and API answers with personal data tell browsers and proxies to keep no copy; public pages may be cached. */
@H2ApplicationTest
class NoStoreHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void personalPagesAndDownloadsAreNeverStored() {
        ClerkClient citizen = ClerkClient.anonymous(port);
        JsonNode receipt = citizen.submitParkingPermitForReceipt(true, "Nora", "Nichtspeichern");
        String caseNumber = receipt.get("caseNumber").asText();
        String token = receipt.get("trackingUrl").asText().replaceAll(".*/", "");
        ClerkClient clerk = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        String documentUrl = clerk.get("/api/v1/cases/" + caseNumber).json().get("documents").get(0).get("url").asText();

        Map<String, ClerkClient.Response> answers = new LinkedHashMap<>();
        answers.put("tracking JSON", citizen.get("/api/v1/tracking/" + token));
        answers.put("Mein Antrag", citizen.get("/portal/vorgang/" + token));
        answers.put("receipt page", citizen.get("/portal/vorgang/" + token + "/eingang"));
        answers.put("receipt PDF", citizen.get("/portal/vorgang/" + token + "/eingangsbestaetigung"));
        answers.put("unknown draft", citizen.get("/portal/entwurf/gibt-es-nicht"));
        answers.put("path parameter", citizen.get("/portal/vorgang;x=1/" + token));
        answers.put("case JSON", clerk.get("/api/v1/cases/" + caseNumber));
        answers.put("notes JSON", clerk.get("/api/v1/cases/" + caseNumber + "/notes"));
        answers.put("Akte", clerk.get("/akte/" + caseNumber));
        answers.put("Akte document", clerk.get(documentUrl));
        answers.put("payment report", clerk.get("/api/v1/reports/payments?authority=ags-16053000&date=2026-01-01"));
        answers.put("payment page", citizen.get("/epayment/unbekannt"));

        assertThat(answers).allSatisfy((what, response) ->
                assertThat(response.header("Cache-Control")).as(what + " (" + response.status() + ")").contains("no-store"));
        assertThat(answers.get("Mein Antrag").status()).isEqualTo(200);
        assertThat(answers.get("Akte document").status()).isEqualTo(200);
    }

    @Test
    void theServiceCatalogueIsNotPersonal() {
        ClerkClient.Response catalogue = ClerkClient.anonymous(port).get("/api/v1/services");
        assertThat(catalogue.status()).isEqualTo(200);
        assertThat(String.valueOf(catalogue.header("Cache-Control"))).doesNotContain("no-store");
    }
}
