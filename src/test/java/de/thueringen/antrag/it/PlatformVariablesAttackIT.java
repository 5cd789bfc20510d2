package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.thueringen.antrag.workflow.ProcessVariables;

/**
 * Issue 9, attack 1: a clerk works her OWN task but smuggles in variables the platform owns ({@code caseId} of
 * another authority's case, {@code authorityId}, {@code decidedBy}, …). Completion, form submission and the variable
 * endpoints of the engine REST API and of Tasklist must refuse that (4xx), and the other authority's case must stay
 * as it was. Today all of this answers 204: the class is disabled until the engine guard for platform variables
 * lands, and is enabled with it.
 */
@H2ApplicationTest
class PlatformVariablesAttackIT {

    /**
     * Variables the platform sets at submission (or later); no person may create, change or delete them. The fee
     * ({@code feeAmount}) is not among them: the fee table proposes it and the clerk sets it in the review form.
     */
    static Stream<String> platformVariables() {
        return Stream.of(ProcessVariables.CASE_ID, ProcessVariables.CASE_NUMBER, ProcessVariables.AUTHORITY_ID,
                ProcessVariables.AGS, ProcessVariables.SERVICE_ID, ProcessVariables.DECIDED_BY,
                ProcessVariables.PROCESSING_DEADLINE, ProcessVariables.PROCESSING_DAYS, ProcessVariables.DEEMED_APPROVAL_DUE,
                ProcessVariables.PAYMENT_REFERENCE, ProcessVariables.SUBMITTED_FIELDS);
    }

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    HttpApi jena;
    HttpApi erfurt;
    String erfurtCase;
    Object erfurtCaseId;
    String jenaCase;
    String jenaInstance;
    String jenaTask;

    @BeforeEach
    void ownTaskInJenaAndACaseInErfurt() {
        HttpApi citizen = new HttpApi(port);
        jena = citizen.as("jena.sb", "Jena-Demo-1");
        erfurt = citizen.as("erfurt.sb", "Erfurt-Demo-1");
        erfurtCase = TenantCases.submit(citizen, TestData.parkingPermitErfurt("Opferfall"));
        erfurtCaseId = runtimeService.getVariable(instance(erfurtCase), ProcessVariables.CASE_ID);
        jenaCase = TenantCases.submit(citizen, TestData.parkingPermitJena("Angreiferfall"));
        jenaInstance = instance(jenaCase);
        jenaTask = TenantCases.onlyTask(jena, jenaCase);
        assertThat(caseStatus(erfurt, erfurtCase)).isEqualTo("IN_PRUEFUNG");
    }

    private String instance(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("ozg-10173").singleResult().getId();
    }

    /** Jena's formal check, "rejected", pointed at Erfurt's case: the rejection notice would go to Erfurt's citizen. */
    private String rejectionOfErfurtsCase() {
        return "{\"variables\":{\"caseId\":{\"value\":" + erfurtCaseId + ",\"type\":\"Long\"},"
                + "\"formalCheckPassed\":{\"value\":false},"
                + "\"rejectionReason\":{\"value\":\"Unterlagen unvollständig\"}}}";
    }

    @Test
    void completingTheOwnTaskWithAnotherAuthoritysCaseIdIsRefused() {
        HttpApi.Response response = jena.postJson("/engine-rest/task/" + jenaTask + "/complete", rejectionOfErfurtsCase());
        assertThat(response.status()).as(response.text()).isBetween(400, 499);
        assertErfurtCaseUntouchedAndJenaTaskOpen();
    }

    @Test
    void submittingTheOwnFormWithAnotherAuthoritysCaseIdIsRefused() {
        HttpApi.Response response = jena.postJson("/engine-rest/task/" + jenaTask + "/submit-form", rejectionOfErfurtsCase());
        assertThat(response.status()).as(response.text()).isBetween(400, 499);
        assertErfurtCaseUntouchedAndJenaTaskOpen();
    }

    @Test
    void tasklistRefusesTheSameSubmission() {
        WebappSession tasklist = WebappSession.loginToTasklist(port, "jena.sb", "Jena-Demo-1");
        HttpResponse<String> response = tasklist.send("POST",
                "/camunda/api/engine/engine/default/task/" + jenaTask + "/submit-form", rejectionOfErfurtsCase());
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        assertErfurtCaseUntouchedAndJenaTaskOpen();
    }

    @ParameterizedTest
    @MethodSource("platformVariables")
    void completingTheOwnTaskWithAPlatformVariableIsRefused(String name) {
        Object before = runtimeService.getVariable(jenaInstance, name);
        HttpApi.Response response = jena.postJson("/engine-rest/task/" + jenaTask + "/complete",
                "{\"variables\":{\"formalCheckPassed\":{\"value\":true}," + quoted(name) + ":" + forged(name) + "}}");
        assertThat(response.status()).as("%s: %s", name, response.text()).isBetween(400, 499);
        assertUnchanged(name, before);
    }

    @ParameterizedTest
    @MethodSource("platformVariables")
    void settingAPlatformVariableOnTheOwnTaskIsRefused(String name) {
        Object before = runtimeService.getVariable(jenaInstance, name);
        // the task's own columns (caseNumber, applicantName, serviceName) are set by the platform as task variables
        Object beforeOnTask = taskService.getVariablesLocal(jenaTask).get(name);
        HttpApi.Response put = jena.putJson("/engine-rest/task/" + jenaTask + "/variables/" + name, forged(name));
        assertThat(put.status()).as("PUT %s: %s", name, put.text()).isBetween(400, 499);
        HttpApi.Response local = jena.putJson("/engine-rest/task/" + jenaTask + "/localVariables/" + name, forged(name));
        assertThat(local.status()).as("PUT local %s: %s", name, local.text()).isBetween(400, 499);
        HttpApi.Response modification = jena.postJson("/engine-rest/task/" + jenaTask + "/variables",
                "{\"modifications\":{" + quoted(name) + ":" + forged(name) + "}}");
        assertThat(modification.status()).as("POST modifications %s: %s", name, modification.text()).isBetween(400, 499);
        assertUnchanged(name, before);
        assertThat(taskService.getVariablesLocal(jenaTask).get(name)).as("task-local " + name).isEqualTo(beforeOnTask);
    }

    @Test
    void deletingCaseIdFromTheOwnTaskIsRefused() {
        HttpApi.Response delete = jena.delete("/engine-rest/task/" + jenaTask + "/variables/" + ProcessVariables.CASE_ID);
        assertThat(delete.status()).as(delete.text()).isBetween(400, 499);
        HttpApi.Response deletion = jena.postJson("/engine-rest/task/" + jenaTask + "/variables",
                "{\"deletions\":[\"" + ProcessVariables.CASE_ID + "\",\"" + ProcessVariables.AUTHORITY_ID + "\"]}");
        assertThat(deletion.status()).as(deletion.text()).isBetween(400, 499);
        assertThat(runtimeService.getVariable(jenaInstance, ProcessVariables.CASE_ID)).isNotNull();
        assertThat(runtimeService.getVariable(jenaInstance, ProcessVariables.AUTHORITY_ID)).isEqualTo("ags-16053000");
    }

    @Test
    void theOwnTaskStillCompletesWithItsFormVariables() {
        HttpApi.Response response = jena.postJson("/engine-rest/task/" + jenaTask + "/complete",
                "{\"variables\":{\"formalCheckPassed\":{\"value\":true}}}");
        assertThat(response.status()).as(response.text()).isEqualTo(204);
        assertThat(runtimeService.getVariable(jenaInstance, ProcessVariables.CASE_NUMBER)).isEqualTo(jenaCase);
    }

    /** A value of the right type that is not the real one. */
    private String forged(String name) {
        Map<String, String> values = new HashMap<>();
        values.put(ProcessVariables.CASE_ID, "{\"value\":" + erfurtCaseId + ",\"type\":\"Long\"}");
        values.put(ProcessVariables.CASE_NUMBER, "{\"value\":\"" + erfurtCase + "\",\"type\":\"String\"}");
        values.put(ProcessVariables.AUTHORITY_ID, "{\"value\":\"ags-16051000\",\"type\":\"String\"}");
        values.put(ProcessVariables.AGS, "{\"value\":\"16051000\",\"type\":\"String\"}");
        values.put(ProcessVariables.DECIDED_BY, "{\"value\":\"jena.sb2\",\"type\":\"String\"}");
        values.put(ProcessVariables.PROCESSING_DAYS, "{\"value\":999,\"type\":\"Integer\"}");
        return values.getOrDefault(name, "{\"value\":\"gekapert\",\"type\":\"String\"}");
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    private void assertUnchanged(String name, Object before) {
        assertThat(runtimeService.getVariable(jenaInstance, name)).as(name).isEqualTo(before);
        assertThat(TenantCases.onlyTask(jena, jenaCase)).isEqualTo(jenaTask);
    }

    private void assertErfurtCaseUntouchedAndJenaTaskOpen() {
        // a notice is written asynchronously: give the job executor time to act on a wrongly accepted completion
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
            assertThat(caseStatus(erfurt, erfurtCase)).as("Erfurt's case").isEqualTo("IN_PRUEFUNG");
            sleep();
        }
        assertThat(TenantCases.okJson(erfurt.get("/api/v1/cases/" + erfurtCase)).get("documents").toString())
                .doesNotContain("NOTICE");
        assertThat(TenantCases.onlyTask(jena, jenaCase)).isEqualTo(jenaTask);
        assertThat(caseStatus(jena, jenaCase)).isEqualTo("IN_PRUEFUNG");
    }

    private static String caseStatus(HttpApi clerk, String caseNumber) {
        return TenantCases.okJson(clerk.get("/api/v1/cases/" + caseNumber)).get("status").asText();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
