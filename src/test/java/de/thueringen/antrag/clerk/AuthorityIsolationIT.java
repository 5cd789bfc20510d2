package de.thueringen.antrag.clerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.tasks.ClerkClient;

/**
 * A clerk of Erfurt gets 403 or nothing for every Jena task, case, document, note, history entry, filter, absence
 * and statistic: through the engine REST API (HTTP Basic), Tasklist's REST calls (webapp login) and our API.
 */
@H2ApplicationTest
class AuthorityIsolationIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;

    String jenaCase;
    Task jenaTask;
    String documentUrl;
    ClerkClient erfurtBasic;
    ClerkClient erfurtSession;

    @BeforeEach
    void aJenaCaseWithANote() {
        jenaCase = ClerkClient.anonymous(port).submitParkingPermit(true, "Ida", "Isoliert");
        jenaTask = taskService.createTaskQuery().processInstanceBusinessKey(jenaCase).singleResult();
        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        assertThat(jena.postJson("/api/v1/cases/" + jenaCase + "/notes", Map.of("text", "nur für Jena"),
                ClerkClient.scripted()).status()).isEqualTo(201);
        documentUrl = jena.get("/api/v1/cases/" + jenaCase).json().get("documents").get(0).get("url").asText();
        erfurtBasic = ClerkClient.basic(port, "erfurt.sb", "Erfurt-Demo-1");
        erfurtSession = ClerkClient.tasklist(port, "erfurt.sb", "Erfurt-Demo-1");
    }

    @Test
    void noJenaTaskThroughTheEngineApiOrTasklist() {
        String pi = jenaTask.getProcessInstanceId();
        String task = jenaTask.getId();
        Map<String, Integer> refused = new java.util.TreeMap<>();
        for (ClerkClient erfurt : new ClerkClient[] {erfurtBasic, erfurtSession}) {
            String api = erfurt == erfurtBasic ? "/engine-rest" : "/camunda/api/engine/engine/default";
            assertThat(erfurt.get(api + "/task?maxResults=1000").json())
                    .allSatisfy(t -> assertThat(t.get("tenantId").asText()).isEqualTo("ags-16051000"));
            for (String read : new String[] {"/task/" + task, "/task/" + task + "/variables", "/task/" + task + "/localVariables",
                    "/task/" + task + "/form-variables", "/task/" + task + "/deployed-form", "/task/" + task + "/comment",
                    "/task/" + task + "/identity-links", "/task/" + task + "/attachment", "/process-instance/" + pi,
                    "/process-instance/" + pi + "/variables", "/process-instance/" + pi + "/activity-instances"}) {
                refused.put(api + read.replace(task, "{task}").replace(pi, "{pi}"), erfurt.get(api + read).status());
            }
            for (String change : new String[] {"/task/" + task + "/claim", "/task/" + task + "/assignee",
                    "/task/" + task + "/complete", "/task/" + task + "/delegate"}) {
                refused.put("POST " + api + change.replace(task, "{task}"),
                        erfurt.postJson(api + change, "{\"userId\":\"erfurt.sb\",\"variables\":{}}").status());
            }
            assertThat(erfurt.get(api + "/history/task?processInstanceId=" + pi + "&maxResults=50").json()).isEmpty();
            assertThat(erfurt.get(api + "/history/process-instance?processInstanceId=" + pi + "&maxResults=50").json()).isEmpty();
            assertThat(erfurt.get(api + "/history/variable-instance?processInstanceId=" + pi + "&maxResults=50").json()).isEmpty();
            assertThat(erfurt.get(api + "/history/user-operation?processInstanceId=" + pi + "&maxResults=50").json()).isEmpty();
            assertThat(erfurt.get(api + "/history/identity-link-log?taskId=" + task + "&maxResults=50").json()).isEmpty();
            assertThat(erfurt.get(api + "/history/detail?processInstanceId=" + pi + "&maxResults=50").json()).isEmpty();
        }
        assertThat(refused).as("status of every call").allSatisfy((call, status) -> assertThat(status).as(call).isIn(403, 404));
        Task unchanged = taskService.createTaskQuery().taskId(task).singleResult();
        assertThat(unchanged.getAssignee()).isNull();
        assertThat(unchanged.getOwner()).isNull();
    }

    @Test
    void noJenaFilter() {
        for (Filter filter : filterService.createFilterQuery().list()) {
            String marker = String.valueOf(filter.getProperties().get("antragFilter"));
            if (marker.startsWith("ags-16053000:") || marker.startsWith("user:jena.")) {
                assertThat(erfurtBasic.get("/engine-rest/filter/" + filter.getId()).status()).isEqualTo(403);
                assertThat(erfurtSession.get("/camunda/api/engine/engine/default/filter/" + filter.getId() + "/count").status())
                        .isEqualTo(403);
            }
        }
        assertThat(erfurtSession.get("/camunda/api/engine/engine/default/filter?resourceType=Task&firstResult=0&maxResults=2000")
                .json()).allSatisfy(f -> assertThat(f.get("properties").get("antragFilter").asText())
                .matches("ags-16051000:.*|user:erfurt\\.sb:MINE"));
    }

    @Test
    void noJenaCaseDocumentNoteOrHistory() {
        for (ClerkClient erfurt : new ClerkClient[] {erfurtBasic, erfurtSession}) {
            assertThat(erfurt.get("/api/v1/cases/" + jenaCase).status()).isEqualTo(403);
            assertThat(erfurt.get("/api/v1/cases/" + jenaCase).text()).doesNotContain("Isoliert", "nur für Jena");
            assertThat(erfurt.get("/akte/" + jenaCase).status()).isEqualTo(403);
            assertThat(erfurt.get("/akte/" + jenaCase).text()).doesNotContain("Isoliert");
            assertThat(erfurt.get(documentUrl).status()).isEqualTo(403);
            assertThat(erfurt.get("/api/v1/cases/" + jenaCase + "/notes").status()).isEqualTo(403);
            assertThat(erfurt.postJson("/api/v1/cases/" + jenaCase + "/notes", Map.of("text", "Erfurt war hier"),
                    ClerkClient.scripted()).status()).isEqualTo(403);
            assertThat(erfurt.postForm("/akte/" + jenaCase + "/notizen", Map.of("text", "Erfurt", "token", "x")).status())
                    .isEqualTo(403);
        }
        JsonNode notes = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1").get("/api/v1/cases/" + jenaCase + "/notes").json();
        assertThat(notes).extracting(n -> n.get("text").asText()).containsExactly("nur für Jena");
    }

    @Test
    void noJenaStatisticsAndNoJenaAbsences() {
        for (ClerkClient erfurt : new ClerkClient[] {erfurtBasic, erfurtSession}) {
            assertThat(erfurt.get("/api/v1/statistics/authorities/ags-16053000").status()).isEqualTo(403);
            assertThat(erfurt.get("/api/v1/statistics/land").status()).isEqualTo(403);
            assertThat(erfurt.get("/api/v1/statistics/authorities/ags-16051000").status()).isEqualTo(200);
            assertThat(erfurt.get("/statistik").text()).contains("Stadt Erfurt").doesNotContain("Stadt Jena");
            assertThat(erfurt.get("/api/v1/clerk/absences").json())
                    .allSatisfy(a -> assertThat(a.get("authorityId").asText()).isEqualTo("ags-16051000"));
        }
    }
}
