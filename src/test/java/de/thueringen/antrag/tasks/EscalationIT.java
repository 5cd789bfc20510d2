package de.thueringen.antrag.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.it.H2ApplicationTest;

/** An overdue task is escalated to the team lead once: candidate group, priority, audit entry in the case file. */
@H2ApplicationTest
class EscalationIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskEscalations escalations;

    @Test
    void overdueTaskIsEscalatedToTheTeamLeadOnce() {
        String caseNumber = ClerkClient.anonymous(port).submitParkingPermit(true, "Otto", "Ueberfaellig");
        String notDue = ClerkClient.anonymous(port).submitParkingPermit(true, "Nora", "Rechtzeitig");
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(2))));
        taskService.saveTask(task);

        escalations.escalateOverdueTasks();

        Task escalated = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(escalated.getPriority()).isEqualTo(80);
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("ags-16053000-sachbearbeitung", "ags-16053000-leitung");
        Task onTime = taskService.createTaskQuery().processInstanceBusinessKey(notDue).singleResult();
        assertThat(onTime.getPriority()).isEqualTo(50);
        assertThat(taskService.getIdentityLinksForTask(onTime.getId())).extracting(IdentityLink::getGroupId)
                .doesNotContain("ags-16053000-leitung");

        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        JsonNode audit = jena.get("/api/v1/cases/" + caseNumber).json().get("audit");
        assertThat(audit).filteredOn(a -> a.get("action").asText().equals("ÜBERFÄLLIG_ESKALIERT")).hasSize(1)
                .first().satisfies(a -> assertThat(a.get("detail").asText()).contains("Formelle Prüfung", "Leitung"));

        // once: a second run, and a second run after someone lowered the priority, escalate nothing more
        escalations.escalateOverdueTasks();
        taskService.setPriority(task.getId(), 50);
        escalations.escalateOverdueTasks();
        assertThat(jena.get("/api/v1/cases/" + caseNumber).json().get("audit"))
                .filteredOn(a -> a.get("action").asText().equals("ÜBERFÄLLIG_ESKALIERT")).hasSize(1);

        // the lead finds it in "Eskalierte Aufgaben"
        Filter escalatedFilter = filterService.createFilterQuery().list().stream()
                .filter(f -> "ags-16053000:ESCALATED".equals(f.getProperties().get(ClerkFilters.MARKER))).findFirst().orElseThrow();
        JsonNode leadList = ClerkClient.basic(port, "jena.leitung", "Jena-Demo-1")
                .postJson("/engine-rest/filter/" + escalatedFilter.getId() + "/list?maxResults=1000", "{}").json();
        assertThat(leadList).extracting(t -> t.get("id").asText()).contains(task.getId()).doesNotContain(onTime.getId());
        // clerks cannot open the lead's filter
        assertThat(jena.get("/engine-rest/filter/" + escalatedFilter.getId() + "/count").status()).isEqualTo(403);
    }
}
