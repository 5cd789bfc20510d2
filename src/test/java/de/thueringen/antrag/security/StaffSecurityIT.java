package de.thueringen.antrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.tasks.ClerkClient;

/**
 * Spring Security on our own endpoints: staff endpoints need a Camunda login, a clerk sees only their own authority,
 * portal forms need the CSRF token, and every refusal of a JSON API is a problem detail with a stable code.
 */
@H2ApplicationTest
class StaffSecurityIT {

    private static final String ERFURT = "ags-16051000";
    private static final String JENA = "ags-16053000";

    @LocalServerPort
    int port;

    @Test
    void anonymousCallsOfStaffEndpointsGet401AndAreAskedForALogin() {
        ClerkClient anonymous = ClerkClient.anonymous(port);
        for (String path : List.of("/api/v1/cases/JEN-2026-000001", "/api/v1/cases/JEN-2026-000001/notes",
                "/api/v1/clerk/absences", "/api/v1/statistics/land", "/api/v1/statistics/authorities/" + JENA,
                "/api/v1/reports/payments?authority=" + JENA + "&date=2026-01-05")) {
            ClerkClient.Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).as(path).startsWith("Basic");
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("code").asText()).as(path).isEqualTo("LOGIN_REQUIRED");
        }
        for (String page : List.of("/akte/JEN-2026-000001", "/statistik")) {
            ClerkClient.Response response = anonymous.get(page, "text/html");
            assertThat(response.status()).as(page).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).as(page).startsWith("Basic");
            assertThat(response.text()).as(page).contains("Bitte melden Sie sich zuerst in der Aufgabenliste");
        }
    }

    /** Nobody without a staff login takes a case away from its authority, by the API or by the page's form. */
    @Test
    void anonymousCannotForwardACase() {
        String caseNumber = ClerkClient.anonymous(port).submitParkingPermit(true, "Jana", "Nichtweitergeleitet");
        ClerkClient anonymous = ClerkClient.anonymous(port);
        assertThat(anonymous.postJson("/api/v1/cases/" + caseNumber + "/forwarding",
                "{\"authorityId\":\"ags-16051000\",\"reason\":\"x\"}", "X-Antrag-Request", "1").status()).isEqualTo(401);
        assertThat(anonymous.postForm("/akte/" + caseNumber + "/weiterleiten",
                java.util.Map.of("authorityId", "ags-16051000", "reason", "x")).status()).isIn(401, 403);
        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        assertThat(jena.get("/api/v1/cases/" + caseNumber).status()).as("still Jena's").isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsNoLogin() {
        ClerkClient.Response response = ClerkClient.basic(port, "weimar.sb", "falsch").get("/api/v1/statistics/land");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asText()).isEqualTo("LOGIN_REQUIRED");
    }

    @Test
    void clerkOfAnotherAuthorityGets403AsProblemDetail() {
        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        assertThat(jena.get("/api/v1/statistics/authorities/" + JENA).status()).isEqualTo(200);

        ClerkClient.Response refused = jena.get("/api/v1/statistics/authorities/" + ERFURT);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains("Statistik einer Behörde");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/statistics/authorities/" + ERFURT);
        // the stable code, and the fields of the error format before problem details
        assertThat(problem.get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(problem.get("error").asText()).isEqualTo("FORBIDDEN");
        assertThat(problem.get("message").asText()).isEqualTo(problem.get("detail").asText());
    }

    @Test
    void rejectedSubmissionListsItsFieldErrorsInTheProblem() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("serviceId", "10173");
        request.put("municipality", "16053000");
        request.put("data", Map.of("firstName", "Nur Vorname"));
        ClerkClient.Response refused = ClerkClient.anonymous(port)
                .postJson("/api/v1/applications", request, "X-Forwarded-For", "203.0.113.91");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("fieldErrors")).isNotEmpty();
        assertThat(problem.get("fieldErrors").get(0).get("field").asText()).isNotBlank();
        assertThat(problem.get("fieldErrors").get(0).get("code").asText()).isNotBlank();
        assertThat(problem.get("fieldErrors").get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void portalPostWithoutCsrfTokenIsRefusedWithAGermanPage() {
        ClerkClient citizen = ClerkClient.anonymous(port);
        ClerkClient.Response page = citizen.get("/portal/leistungen/10173", "text/html");
        assertThat(page.text()).contains("name=\"_csrf\"");
        assertThat(page.raw().headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith(WebSecurity.CSRF_COOKIE + "=").contains("HttpOnly", "SameSite=Lax", "Path=/"));

        ClerkClient.Response refused = citizen.postForm("/portal/leistungen/10173/ort", Map.of("ort", "07743"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Sitzung abgelaufen").doesNotContain("Exception");
    }

    @Test
    void theTasklistLoginOpensStaffEndpointsWithoutTouchingItsSession() {
        ClerkClient tasklist = ClerkClient.tasklist(port, "jena.sb", "Jena-Demo-1");
        for (int i = 0; i < 2; i++) {
            ClerkClient.Response statistics = tasklist.get("/api/v1/statistics/authorities/" + JENA);
            assertThat(statistics.status()).isEqualTo(200);
            // a new session id would log Tasklist's requests in flight out
            assertThat(statistics.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(tasklist.get("/api/v1/statistics/authorities/" + ERFURT).status()).isEqualTo(403);
    }

    @Test
    void staffJsonChangesNeedTheScriptedRequestHeaderButNoToken() {
        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        ClerkClient.Response withoutHeader = jena.postJson("/api/v1/cases/JEN-2026-999999/notes", Map.of("text", "x"));
        assertThat(withoutHeader.status()).isEqualTo(403);
        assertThat(withoutHeader.json().get("code").asText()).isEqualTo("SCRIPTED_REQUEST_REQUIRED");
        // with the header, the CSRF token is not asked for: the call reaches the controller (unknown case: 404)
        assertThat(jena.postJson("/api/v1/cases/JEN-2026-999999/notes", Map.of("text", "x"), ClerkClient.scripted())
                .status()).isEqualTo(404);
    }
}
