package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.tasks.ClerkFilters;
import de.thueringen.antrag.workflow.ProcessVariables;

/**
 * One authority's side of the tenant matrix: two Bewohnerparkausweis cases of its own, one waiting in "Formelle
 * Prüfung" (with a comment, an attachment, a claim and an incident on it) and one past the fee decision (DMN) waiting
 * for payment (timers, job log). {@link #ids()} names every object another authority must not reach by id;
 * {@link #markers()} is every text that would give one of them away in an answer.
 */
final class TenantCases {

    /** The Camunda administrator of the demo: not tenant-checked, so it proves a request would show the data. */
    static final String ADMIN = "admin";

    record Services(RuntimeService runtime, HistoryService history, TaskService tasks, ManagementService management,
                    FilterService filters) {
    }

    private final String authorityId;
    private final HttpApi clerk;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Set<String> markers = new LinkedHashSet<>();

    private TenantCases(String authorityId, HttpApi clerk) {
        this.authorityId = authorityId;
        this.clerk = clerk;
    }

    /**
     * Submits both cases as a citizen and works them as the authority's own clerk.
     *
     * @param lastName unique in the test database; every answer that contains it leaks this authority's case
     */
    static TenantCases prepare(HttpApi citizen, String clerkUser, String password, String authorityId,
                               Map<String, Object> openApplication, Map<String, Object> advancedApplication,
                               String lastName, Services engine) {
        HttpApi clerk = citizen.as(clerkUser, password);
        TenantCases cases = new TenantCases(authorityId, clerk);
        cases.markers.add(authorityId);
        cases.markers.add(lastName);
        String open = submit(citizen, openApplication);
        String advanced = submit(citizen, advancedApplication);
        cases.ids.put("tenant", authorityId);
        cases.ids.put("today", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).toString());
        cases.ids.put("case", open);
        cases.ids.put("advancedCase", advanced);

        String taskId = onlyTask(clerk, open);
        ok(clerk.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + clerkUser + "\"}"));
        ok(clerk.postJson("/engine-rest/task/" + taskId + "/unclaim", "{}"));
        // the clerk herself comments and attaches, as in Tasklist
        JsonNode comment = okJson(clerk.postJson("/engine-rest/task/" + taskId + "/comment/create",
                "{\"message\":\"Vermerk zu " + lastName + "\"}"));
        JsonNode attachment = okJson(attach(clerk, taskId, "Telefonvermerk " + lastName));
        String instance = instanceOf(engine, open);
        String incident = engine.runtime().createIncident("tenantMatrix", instance, "Prüfhinweis").getId();

        ok(clerk.postJson("/engine-rest/task/" + onlyTask(clerk, advanced) + "/complete",
                "{\"variables\":{\"formalCheckPassed\":{\"value\":true}}}"));
        ok(clerk.postJson("/engine-rest/task/" + onlyTask(clerk, advanced) + "/complete",
                "{\"variables\":{\"reviewPassed\":{\"value\":true}}}"));
        cases.awaitStatus(advanced, "ZAHLUNG_AUSSTEHEND");
        String advancedInstance = instanceOf(engine, advanced);
        Job timer = engine.management().createJobQuery().tenantIdIn(authorityId).timers().list().stream()
                .filter(job -> engine.runtime().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                        .processInstanceBusinessKey(advanced).count() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("No payment timer for " + advanced));

        cases.ids.put("pi", instance);
        cases.ids.put("advancedPi", advancedInstance);
        cases.ids.put("execution", engine.runtime().createExecutionQuery().processInstanceId(instance)
                .activityId("Task_FormalCheck").singleResult().getId());
        cases.ids.put("task", taskId);
        cases.ids.put("comment", comment.get("id").asText());
        cases.ids.put("attachment", attachment.get("id").asText());
        cases.ids.put("incident", incident);
        cases.ids.put("job", timer.getId());
        cases.ids.put("jobLog", engine.history().createHistoricJobLogQuery().jobId(timer.getId()).list().get(0).getId());
        cases.ids.put("variable", engine.runtime().createVariableInstanceQuery().processInstanceIdIn(instance)
                .variableName(ProcessVariables.CASE_NUMBER).list().get(0).getId());
        cases.ids.put("historicVariable", engine.history().createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(ProcessVariables.CASE_NUMBER).list().get(0).getId());
        cases.ids.put("detail", engine.history().createHistoricDetailQuery().processInstanceId(instance)
                .list().get(0).getId());
        cases.ids.put("activityInstance", engine.history().createHistoricActivityInstanceQuery()
                .processInstanceId(instance).activityId("Task_FormalCheck").singleResult().getId());
        cases.ids.put("decisionInstance", engine.history().createHistoricDecisionInstanceQuery()
                .processInstanceId(advancedInstance).singleResult().getId());
        cases.ids.put("filter", engine.filters().createFilterQuery().list().stream()
                .filter(f -> String.valueOf(f.getProperties().get(ClerkFilters.MARKER)).startsWith(authorityId + ":"))
                .findFirst().orElseThrow(() -> new AssertionError("No filter of " + authorityId)).getId());
        cases.ids.put("document", okJson(clerk.get("/api/v1/cases/" + open)).get("documents").get(0).get("id").asText());

        cases.markers.addAll(List.of(open, advanced, taskId, comment.get("id").asText(), attachment.get("id").asText(),
                incident, timer.getId(), cases.ids.get("filter"), cases.ids.get("decisionInstance")));
        for (HistoricProcessInstance each : engine.history().createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(
                open, advanced).list()) {
            cases.markers.add(each.getId());
            engine.history().createHistoricTaskInstanceQuery().processInstanceId(each.getId()).list()
                    .forEach(task -> cases.markers.add(task.getId()));
        }
        return cases;
    }

    /** Puts the attachment back (as administrator) if an earlier attack removed it, so the next attack has a target. */
    void restoreAttachment(HttpApi admin, TaskService tasks) {
        if (tasks.getTaskAttachments(ids.get("task")).isEmpty()) {
            String id = okJson(attach(admin, ids.get("task"), "Telefonvermerk " + ids.get("case"))).get("id").asText();
            ids.put("attachment", id);
            markers.add(id);
        }
    }

    String authorityId() {
        return authorityId;
    }

    HttpApi clerk() {
        return clerk;
    }

    /** Placeholder name (tenant, case, task, pi, …) to this authority's object id. */
    Map<String, String> ids() {
        return ids;
    }

    Set<String> markers() {
        return markers;
    }

    /** The markers found in an answer (empty: the answer gives nothing of this authority away). */
    List<String> foundIn(String body) {
        return foundIn(body, "");
    }

    /** As {@link #foundIn(String)}, except the ids the caller sent itself (an error naming them reveals nothing). */
    List<String> foundIn(String body, String request) {
        return markers.stream().filter(body::contains).filter(marker -> !request.contains(marker)).toList();
    }

    /** Replaces {name} placeholders with this authority's ids. */
    String resolve(String template) {
        String path = template;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        assertThat(path).as("unresolved placeholder in %s", template).doesNotContainPattern("\\{[a-zA-Z]+}");
        return path;
    }

    /** The case's status as its own clerk sees it in the case file. */
    String status(String caseNumber) {
        return okJson(clerk.get("/api/v1/cases/" + caseNumber)).get("status").asText();
    }

    void awaitStatus(String caseNumber, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String current;
        do {
            current = status(caseNumber);
            if (current.equals(status)) {
                return;
            }
            pause();
        } while (System.nanoTime() < deadline);
        throw new AssertionError(caseNumber + " did not reach " + status + ", is " + current);
    }

    static String submit(HttpApi citizen, Map<String, Object> application) {
        HttpApi.Response response = citizen.postJson("/api/v1/applications", application);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("caseNumber").asText();
    }

    static String onlyTask(HttpApi clerk, String caseNumber) {
        JsonNode tasks = okJson(clerk.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=10"));
        assertThat(tasks).as("open tasks of %s", caseNumber).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    /** The service process of a case (its call activities run as sub-instances with the same business key). */
    static String instanceOf(Services engine, String caseNumber) {
        return engine.runtime().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("ozg-10173").singleResult().getId();
    }

    /** The request Tasklist sends for "Anhang hinzufügen" with a link. */
    static HttpApi.Response attach(HttpApi client, String taskId, String name) {
        String boundary = "----tenant-matrix";
        StringBuilder body = new StringBuilder();
        for (String[] field : new String[][] {{"attachment-name", name}, {"attachment-description", name},
                {"attachment-type", "text/uri-list"}, {"url", "https://example.org/vermerk"}}) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return client.post("/engine-rest/task/" + taskId + "/attachment/create", "multipart/form-data; boundary=" + boundary,
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void ok(HttpApi.Response response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 299);
    }

    static JsonNode okJson(HttpApi.Response response) {
        ok(response);
        return response.json();
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
