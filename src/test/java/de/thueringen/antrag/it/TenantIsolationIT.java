package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A clerk sees their own authority's cases and nothing of another authority's: not in Tasklist, not through the
 * engine REST API, not in the case file, its documents or its history.
 */
@H2ApplicationTest
class TenantIsolationIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    HttpApi citizen;
    HttpApi erfurt;
    HttpApi jena;
    String erfurtCase;
    String erfurtTaskId;
    String erfurtProcessInstanceId;
    String jenaCase;

    @BeforeEach
    void oneCaseInErfurtAndOneInJena() {
        citizen = new HttpApi(port);
        erfurt = citizen.as("erfurt.sb", "Erfurt-Demo-1");
        jena = citizen.as("jena.sb", "Jena-Demo-1");
        erfurtCase = citizen.postJson("/api/v1/applications", TestData.parkingPermitErfurt("Erfurterin")).json()
                .get("caseNumber").asText();
        jenaCase = citizen.postJson("/api/v1/applications", TestData.parkingPermitJena("Jenaer")).json()
                .get("caseNumber").asText();
        erfurtProcessInstanceId = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(erfurtCase).singleResult().getId();
        erfurtTaskId = erfurt.get("/engine-rest/task?processInstanceBusinessKey=" + erfurtCase + "&maxResults=5")
                .json().get(0).get("id").asText();
    }

    @Test
    void jenaCaseGoesToJenaWithItsOwnCaseNumber() {
        assertThat(jenaCase).startsWith("JEN-");
        JsonNode jenaTasks = jena.get("/engine-rest/task?processInstanceBusinessKey=" + jenaCase + "&maxResults=5").json();
        assertThat(jenaTasks).hasSize(1);
        assertThat(jenaTasks.get(0).get("tenantId").asText()).isEqualTo("ags-16053000");
    }

    @Test
    void jenaClerkSeesNoErfurtTaskThroughTheEngineApi() {
        JsonNode visible = jena.get("/engine-rest/task?maxResults=500").json();
        assertThat(visible).isNotEmpty().allSatisfy(task -> assertThat(task.get("tenantId").asText()).isEqualTo("ags-16053000"));
        assertThat(jena.get("/engine-rest/task/" + erfurtTaskId).status()).isEqualTo(404);
        assertThat(jena.get("/engine-rest/task/" + erfurtTaskId + "/variables").status()).isIn(403, 404);
        assertThat(jena.get("/engine-rest/task/" + erfurtTaskId + "/deployed-form").status()).isIn(403, 404);
        assertThat(jena.postJson("/engine-rest/task/" + erfurtTaskId + "/complete",
                "{\"variables\":{\"formalCheckPassed\":{\"value\":false}}}").status()).isIn(403, 404);
        assertThat(jena.postJson("/engine-rest/task/" + erfurtTaskId + "/claim", "{\"userId\":\"jena.sb\"}").status()).isIn(403, 404);
        assertThat(jena.get("/engine-rest/process-instance/" + erfurtProcessInstanceId).status()).isEqualTo(404);
        assertThat(jena.get("/engine-rest/history/process-instance?processInstanceId=" + erfurtProcessInstanceId
                + "&maxResults=5").json()).isEmpty();
        assertThat(jena.get("/engine-rest/history/variable-instance?processInstanceId=" + erfurtProcessInstanceId
                + "&maxResults=50").json()).isEmpty();
        assertThat(jena.get("/engine-rest/history/task?processInstanceId=" + erfurtProcessInstanceId
                + "&maxResults=50").json()).isEmpty();
        // the Erfurt task is untouched and still visible to Erfurt
        assertThat(erfurt.get("/engine-rest/task/" + erfurtTaskId).status()).isEqualTo(200);
    }

    @Test
    void jenaClerkGetsForbiddenForErfurtCaseFileAndDocuments() {
        assertThat(jena.get("/api/v1/cases/" + erfurtCase).status()).isEqualTo(403);
        assertThat(jena.get("/akte/" + erfurtCase).status()).isEqualTo(403);
        JsonNode documents = erfurt.get("/api/v1/cases/" + erfurtCase).json().get("documents");
        String documentUrl = documents.get(0).get("url").asText();
        assertThat(erfurt.get(documentUrl).status()).isEqualTo(200);
        assertThat(jena.get(documentUrl).status()).isEqualTo(403);
        assertThat(jena.get("/api/v1/cases/" + jenaCase).status()).isEqualTo(200);
    }

    @Test
    void caseFileNeedsALoggedInClerk() {
        HttpApi.Response anonymous = citizen.get("/api/v1/cases/" + erfurtCase);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        // a wrong password is refused (an account of its own, so that this failure counts against no other test)
        assertThat(citizen.as("gotha.sb", "falsch").get("/akte/" + erfurtCase).status()).isEqualTo(401);
    }

    @Test
    void inTasklistTheJenaClerkSeesOnlyJenaTasksAndCanOpenTheLinkedCaseFile() throws Exception {
        WebappSession session = WebappSession.loginToTasklist(port, "jena.sb", "Jena-Demo-1");
        HttpResponse<String> tasks = session.get("/camunda/api/engine/engine/default/task?maxResults=500");
        assertThat(tasks.statusCode()).isEqualTo(200);
        JsonNode list = new ObjectMapper().readTree(tasks.body());
        assertThat(list).isNotEmpty().allSatisfy(task -> assertThat(task.get("tenantId").asText()).isEqualTo("ags-16053000"));
        assertThat(session.get("/camunda/api/engine/engine/default/task/" + erfurtTaskId).statusCode()).isEqualTo(404);
        // the task form's link "Akte öffnen" works with the Tasklist login, for the own authority only
        assertThat(session.get("/akte/" + jenaCase).statusCode()).isEqualTo(200);
        assertThat(session.get("/akte/" + jenaCase).body()).contains(jenaCase, "Bewohnerparkausweis", "Jan Jenaer");
        assertThat(session.get("/akte/" + erfurtCase).statusCode()).isEqualTo(403);
    }

    @Test
    void tasklistRefusesChangesWithoutTheCsrfToken() {
        WebappSession session = WebappSession.loginToTasklist(port, "erfurt.sb", "Erfurt-Demo-1");
        HttpResponse<String> withToken = session.postJson("/camunda/api/engine/engine/default/task/" + erfurtTaskId
                + "/claim", "{\"userId\":\"erfurt.sb\"}", true);
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(204);
        HttpResponse<String> withoutToken = session.postJson("/camunda/api/engine/engine/default/task/" + erfurtTaskId
                + "/unclaim", "{}", false);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        // the refused request changed nothing
        assertThat(erfurt.get("/engine-rest/task/" + erfurtTaskId).json().get("assignee").asText()).isEqualTo("erfurt.sb");
    }

    @Test
    void theTaskFormShowsTheCaseToTheResponsibleClerk() throws Exception {
        WebappSession session = WebappSession.loginToTasklist(port, "erfurt.sb", "Erfurt-Demo-1");
        HttpResponse<String> form = session.get("/camunda/api/engine/engine/default/task/" + erfurtTaskId + "/deployed-form");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("\"schemaVersion\": 16").contains("/akte/{{caseNumber}}");
        JsonNode variables = new ObjectMapper().readTree(session.get(
                "/camunda/api/engine/engine/default/task/" + erfurtTaskId + "/form-variables").body());
        assertThat(variables.get("caseNumber").get("value").asText()).isEqualTo(erfurtCase);
        assertThat(variables.get("licensePlate").get("value").asText()).isEqualTo("EF-AB 123");
    }
}
