package de.thueringen.antrag.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.it.H2ApplicationTest;

/**
 * Every user task says which case it is about (description, list columns), without BPMN changes and without ever
 * evaluating what the citizen typed; and the team lead may see and reassign every task of the authority.
 */
@H2ApplicationTest
class CaseTaskIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;

    @Test
    void descriptionNamesTheCase() {
        String caseNumber = ClerkClient.anonymous(port).submitParkingPermit(true, "Erika", "Mustermann");
        JsonNode task = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1")
                .get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=5").json().get(0);
        // first line: the case; then the designer's description of the step (BPMN documentation), if any
        assertThat(task.get("description").asText().lines().findFirst().orElseThrow())
                .isEqualTo(caseNumber + " · Bewohnerparkausweis · Erika Mustermann");
        assertThat(task.get("name").asText()).isEqualTo("Formelle Prüfung");
    }

    @Test
    void applicantsExpressionsAndMarkupStayPlainText() {
        String firstName = "#{7*7}";
        String lastName = "${7*7}<script>alert(1)</script>";
        String caseNumber = ClerkClient.anonymous(port).submitParkingPermit(true, firstName, lastName);
        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        JsonNode task = jena.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=5").json().get(0);
        assertThat(task.get("description").asText().lines().findFirst().orElseThrow())
                .isEqualTo(caseNumber + " · Bewohnerparkausweis · #{7*7} ${7*7}<script>alert(1)</script>");
        assertThat(task.get("description").asText()).doesNotContain("49");
        JsonNode columns = jena.get("/engine-rest/task/" + task.get("id").asText() + "/localVariables").json();
        assertThat(columns.get("applicantName").get("value").asText()).isEqualTo("#{7*7} ${7*7}<script>alert(1)</script>");
        // Tasklist's own call for the task (HAL) hands the text over unchanged; Tasklist escapes it when showing it
        ClerkClient session = ClerkClient.tasklist(port, "jena.sb", "Jena-Demo-1");
        JsonNode viaTasklist = session.get("/camunda/api/engine/engine/default/task/" + task.get("id").asText(),
                "application/hal+json").json();
        assertThat(viaTasklist.get("description").asText()).contains("#{7*7} ${7*7}<script>alert(1)</script>");
        // the case file page escapes it
        String page = session.get("/akte/" + caseNumber).text();
        assertThat(page).contains("${7*7}&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void teamLeadSeesAndReassignsEveryTaskOfTheAuthorityButNoOther() {
        ClerkClient citizen = ClerkClient.anonymous(port);
        String jenaCase = citizen.submitParkingPermit(true, "Lea", "Leitungsfall");
        String erfurtCase = citizen.submitParkingPermit(false, "Lea", "Leitungsfall");
        Task jenaTask = taskService.createTaskQuery().processInstanceBusinessKey(jenaCase).singleResult();
        Task erfurtTask = taskService.createTaskQuery().processInstanceBusinessKey(erfurtCase).singleResult();
        // the lead is not a candidate (no clutter in the lead's lists); READ and TASK_ASSIGN come from an authorization
        assertThat(taskService.getIdentityLinksForTask(jenaTask.getId()))
                .noneSatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ags-16053000-leitung"));
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("ags-16053000-leitung")
                .resourceType(Resources.TASK).resourceId(jenaTask.getId()).count()).isEqualTo(1);

        ClerkClient lead = ClerkClient.basic(port, "jena.leitung", "Jena-Demo-1");
        assertThat(lead.get("/engine-rest/task/" + jenaTask.getId()).status()).isEqualTo(200);
        assertThat(lead.get("/engine-rest/task?maxResults=1000").json())
                .allSatisfy(t -> assertThat(t.get("tenantId").asText()).isEqualTo("ags-16053000"));
        // a clerk claims it, the lead moves it to the colleague
        assertThat(ClerkClient.basic(port, "jena.sb", "Jena-Demo-1").postJson("/engine-rest/task/" + jenaTask.getId() + "/claim",
                "{\"userId\":\"jena.sb\"}").status()).isEqualTo(204);
        assertThat(lead.postJson("/engine-rest/task/" + jenaTask.getId() + "/assignee", "{\"userId\":\"jena.sb2\"}").status())
                .isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(jenaTask.getId()).singleResult().getAssignee()).isEqualTo("jena.sb2");
        // the same in Tasklist, with the lead's login
        ClerkClient session = ClerkClient.tasklist(port, "jena.leitung", "Jena-Demo-1");
        assertThat(session.postJson("/camunda/api/engine/engine/default/task/" + jenaTask.getId() + "/assignee",
                "{\"userId\":\"jena.sb\"}").status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(jenaTask.getId()).singleResult().getAssignee()).isEqualTo("jena.sb");

        // nothing of Erfurt
        assertThat(lead.get("/engine-rest/task/" + erfurtTask.getId()).status()).isEqualTo(404);
        assertThat(lead.postJson("/engine-rest/task/" + erfurtTask.getId() + "/assignee", "{\"userId\":\"jena.sb\"}").status())
                .isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(erfurtTask.getId()).singleResult().getAssignee()).isNull();
    }
}
