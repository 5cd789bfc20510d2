package de.thueringen.antrag.clerk;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.tasks.ClerkClient;

/**
 * A clerk of Erfurt finds her authority not competent and forwards the case to Jena: the case, its task with the
 * deadline and its history move; Jena works it to the end; Erfurt has no access any more; the citizen is told.
 */
@H2ApplicationTest
class CaseForwardingIT {

    private static final String ERFURT = "ags-16051000";
    private static final String JENA = "ags-16053000";

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.HistoryService historyService;

    ClerkClient erfurt;
    ClerkClient jena;
    String caseNumber;

    @BeforeEach
    void anErfurtCaseAtItsFormalCheck() {
        ClerkClient citizen = ClerkClient.anonymous(port);
        caseNumber = citizen.submitParkingPermit(false, "Erika", "Weitergeleitet");
        erfurt = ClerkClient.basic(port, "erfurt.sb", "Erfurt-Demo-1");
        jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
    }

    @Test
    void forwardedCaseBelongsToTheCompetentAuthorityWithTaskDeadlineAndHistory() {
        Task before = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();

        ClerkClient.Response forwarded = erfurt.postJson("/api/v1/cases/" + caseNumber + "/forwarding",
                "{\"authorityId\":\"" + JENA + "\",\"reason\":\"Der Wohnsitz liegt in Jena.\"}", "X-Antrag-Request", "1");
        assertThat(forwarded.status()).as(forwarded.text()).isEqualTo(200);
        assertThat(forwarded.json().get("authorityName").asText()).contains("Jena");

        Task moved = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(moved.getId()).isEqualTo(before.getId());
        assertThat(moved.getTenantId()).isEqualTo(JENA);
        assertThat(moved.getDueDate()).as("the statutory period runs on").isEqualTo(before.getDueDate());
        assertThat(taskService.getIdentityLinksForTask(moved.getId())).extracting(IdentityLink::getGroupId)
                .contains(JENA + "-sachbearbeitung").noneMatch(group -> group != null && group.startsWith(ERFURT));

        // Erfurt has no access any more: case file, task list, history
        assertThat(erfurt.get("/api/v1/cases/" + caseNumber).status()).isEqualTo(403);
        assertThat(erfurt.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=50").json()).isEmpty();
        // the history moved with the case: every entry carries Jena's tenant (Erfurt's lead would see none of it)
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list())
                .isNotEmpty().allSatisfy(instance -> assertThat(instance.getTenantId()).isEqualTo(JENA));
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).list())
                .isNotEmpty().allSatisfy(task -> assertThat(task.getTenantId()).isEqualTo(JENA));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(moved.getProcessInstanceId())
                .list()).isNotEmpty().allSatisfy(variable -> assertThat(variable.getTenantId()).isEqualTo(JENA));

        // Jena has it all, including what happened before
        JsonNode caseFile = jena.get("/api/v1/cases/" + caseNumber).json();
        assertThat(caseFile.get("authority").asText()).contains("Jena");
        assertThat(caseFile.get("audit").toString()).contains("VORGANG_WEITERGELEITET").contains("erfurt.sb")
                .contains("Der Wohnsitz liegt in Jena.");
        assertThat(caseFile.get("messages").toString()).contains("weitergeleitet");
        ClerkClient jenaLead = ClerkClient.basic(port, "jena.leitung", "Jena-Demo-1");
        assertThat(jenaLead.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber
                + "&maxResults=50").json()).hasSize(1);
        assertThat(jena.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=50").json()).hasSize(1);

        // and works it on: the next task is Jena's too
        ClerkClient.Response completed = jena.postJson("/engine-rest/task/" + moved.getId() + "/complete",
                "{\"variables\":{\"formalCheckPassed\":{\"value\":true}}}");
        assertThat(completed.status()).as(completed.text()).isEqualTo(204);
        Task next = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(next.getTenantId()).isEqualTo(JENA);
        assertThat(taskService.getIdentityLinksForTask(next.getId())).extracting(IdentityLink::getGroupId)
                .contains(JENA + "-sachbearbeitung");
    }

    @Test
    void clerkForwardsFromTheCaseFilePage() {
        String page = erfurt.get("/akte/" + caseNumber).text();
        assertThat(page).contains("An die zuständige Behörde weiterleiten").contains(">Stadt Jena<")
                .doesNotContain("value=\"" + ERFURT + "\"");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();

        ClerkClient.Response withoutReason = erfurt.postForm("/akte/" + caseNumber + "/weiterleiten",
                java.util.Map.of("authorityId", JENA, "reason", "", "_csrf", token.group(1)));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.text()).contains("Bitte begründen Sie die Weiterleitung");

        ClerkClient.Response done = erfurt.postForm("/akte/" + caseNumber + "/weiterleiten",
                java.util.Map.of("authorityId", JENA, "reason", "Zuständig ist die Stadt Jena.", "_csrf", token.group(1)));
        assertThat(done.status()).as(done.text()).isEqualTo(200);
        assertThat(done.text()).contains("wurde an").contains("weitergeleitet");
        assertThat(erfurt.get("/akte/" + caseNumber).status()).isEqualTo(403);
        assertThat(jena.get("/akte/" + caseNumber).status()).isEqualTo(200);
    }

    @Test
    void forwardingNeedsACompetentTargetAndAReason() {
        String path = "/api/v1/cases/" + caseNumber + "/forwarding";
        assertThat(erfurt.postJson(path, "{\"authorityId\":\"" + JENA + "\",\"reason\":\"  \"}", "X-Antrag-Request", "1")
                .status()).isEqualTo(400);
        assertThat(erfurt.postJson(path, "{\"authorityId\":\"gibt-es-nicht\",\"reason\":\"x\"}", "X-Antrag-Request", "1")
                .status()).isEqualTo(400);
        ClerkClient.Response same = erfurt.postJson(path, "{\"authorityId\":\"" + ERFURT + "\",\"reason\":\"x\"}",
                "X-Antrag-Request", "1");
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("detail").asText()).contains("bereits bei dieser Behörde");
        // another authority's clerk cannot take it, and no page of another site can make a browser do it
        assertThat(jena.postJson(path, "{\"authorityId\":\"" + JENA + "\",\"reason\":\"x\"}", "X-Antrag-Request", "1")
                .status()).isEqualTo(403);
        assertThat(erfurt.postJson(path, "{\"authorityId\":\"" + JENA + "\",\"reason\":\"x\"}").status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getTenantId())
                .isEqualTo(ERFURT);
    }
}
