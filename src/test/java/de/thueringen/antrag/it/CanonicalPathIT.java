package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Paths are matched once: spellings of a path that Tomcat would route like the plain one, but a filter comparing
 * prefixes would not recognise, are refused with 400 before any filter or controller sees them. The Camunda
 * webapps, which load {@code /camunda/app/...} and {@code /camunda/api/...}, keep working.
 */
@H2ApplicationTest
class CanonicalPathIT {

    @LocalServerPort
    int port;

    @Test
    void pathTricksAreRefusedWith400NotRoutedAround() {
        HttpApi clerk = new HttpApi(port).from("198.51.100.81").as("erfurt.sb", "Erfurt-Demo-1");
        assertThat(clerk.get("/engine-rest/task?maxResults=5").status()).isEqualTo(200);
        for (String path : new String[] {"/engine-rest;x=y/task?maxResults=5", "/engine-rest//task?maxResults=5", "/engine-rest/./task?maxResults=5",
                "/api/v1/cases%2F..", "/api;x=y/v1/services", "/api/v1/services/10173%2e", "/portal/%2e%2e/api/v1/services",
                "/api/v1/services%5C10173", "/api/v1/services/%2510173"}) {
            HttpApi.Response response = clerk.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.text()).as(path).doesNotContain("ozg-10173");
        }
        HttpApi.Response refused = clerk.get("/engine-rest;x=y/task");
        assertThat(refused.json().get("error").asText()).isEqualTo("INVALID_PATH");
        assertThat(refused.json().get("message").asText()).contains("Adresse ist ungültig");
    }

    @Test
    void submissionsCannotSlipPastTheSizeAndRateLimitsWithPathParameters() {
        HttpApi citizen = new HttpApi(port).from("198.51.100.82");
        HttpApi.Response response = citizen.postJson("/api;x=y/v1/applications", TestData.parkingPermitErfurt("Umweg"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo("INVALID_PATH");
    }

    @Test
    void camundaWebappsStillLoadAndLogIn() {
        HttpApi browser = new HttpApi(port).from("198.51.100.83");
        assertThat(browser.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
        assertThat(browser.get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
        WebappSession session = WebappSession.loginToTasklist(port, "jena.sb", "Jena-Demo-1");
        assertThat(session.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
    }
}
