package de.thueringen.antrag.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.it.H2ApplicationTest;

/**
 * An absent clerk's tasks go to the named substitute: tasks assigned before the absence (when it is entered, and by
 * the job), and tasks assigned during it. Only the clerk or the team lead of the same authority may enter it.
 */
@H2ApplicationTest
class AbsenceIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    Absences absences;
    @Autowired
    ClerkAbsenceRepository repository;

    @AfterEach
    void noAbsencesLeft() {
        repository.deleteAll();
    }

    @Test
    void tasksOfTheAbsentClerkGoToTheSubstitute() {
        ClerkClient citizen = ClerkClient.anonymous(port);
        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        String before = citizen.submitParkingPermit(true, "Vera", "Vorher");
        Task assignedBefore = taskOf(before);
        taskService.setAssignee(assignedBefore.getId(), "jena.sb");

        ClerkClient.Response entered = jena.postJson("/api/v1/clerk/absences", Map.of("userId", "jena.sb",
                "substituteId", "jena.sb2", "from", TODAY.toString(), "to", TODAY.plusDays(14).toString()), ClerkClient.scripted());
        assertThat(entered.status()).as(entered.text()).isEqualTo(201);
        assertThat(entered.json().get("authorityId").asText()).isEqualTo("ags-16053000");
        // this task, and any other task of jena.sb the other tests left open
        assertThat(entered.json().get("tasksHandedOver").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(assigneeOf(assignedBefore)).isEqualTo("jena.sb2");

        // assigned during the absence: goes to the substitute at once (Tasklist's "claim" as well as assignment)
        String during = citizen.submitParkingPermit(true, "Wim", "Waehrenddessen");
        Task assignedDuring = taskOf(during);
        ClerkClient session = ClerkClient.tasklist(port, "jena.sb", "Jena-Demo-1");
        assertThat(session.postJson("/camunda/api/engine/engine/default/task/" + assignedDuring.getId() + "/claim",
                "{\"userId\":\"jena.sb\"}").status()).isEqualTo(204);
        assertThat(assigneeOf(assignedDuring)).isEqualTo("jena.sb2");

        // the case file says so
        JsonNode audit = jena.get("/api/v1/cases/" + during).json().get("audit");
        assertThat(audit).anySatisfy(a -> {
            assertThat(a.get("action").asText()).isEqualTo("AUFGABE_VERTRETUNG");
            assertThat(a.get("detail").asText()).contains("jena.sb", "jena.sb2");
        });
        // the clerk and the lead see the absence
        assertThat(jena.get("/api/v1/clerk/absences").json()).anySatisfy(a -> assertThat(a.get("substituteId").asText()).isEqualTo("jena.sb2"));
        assertThat(ClerkClient.basic(port, "jena.leitung", "Jena-Demo-1").get("/api/v1/clerk/absences").json()).isNotEmpty();
        assertThat(ClerkClient.basic(port, "erfurt.sb", "Erfurt-Demo-1").get("/api/v1/clerk/absences").json()).isEmpty();
    }

    @Test
    void jobHandsOverTasksAssignedBeforeAnAbsenceThatBeganLater() {
        String caseNumber = ClerkClient.anonymous(port).submitParkingPermit(true, "Jon", "Jobfall");
        Task task = taskOf(caseNumber);
        // entered for tomorrow: nothing moves today
        ClerkClient lead = ClerkClient.basic(port, "jena.leitung", "Jena-Demo-1");
        ClerkClient.Response entered = lead.postJson("/api/v1/clerk/absences", Map.of("userId", "jena.sb2",
                "substituteId", "jena.sb", "from", TODAY.plusDays(1).toString(), "to", TODAY.plusDays(3).toString()),
                ClerkClient.scripted());
        assertThat(entered.status()).as(entered.text()).isEqualTo(201);
        taskService.setAssignee(task.getId(), "jena.sb2");
        assertThat(absences.handOverAssignedTasks()).isZero();
        assertThat(assigneeOf(task)).isEqualTo("jena.sb2");
        // the day it begins (here: an absence from today), the job hands the task over
        repository.save(new ClerkAbsence("ags-16053000", "jena.sb2", "jena.sb", TODAY, TODAY.plusDays(3), "jena.leitung",
                java.time.Instant.now()));
        assertThat(absences.handOverAssignedTasks()).isGreaterThanOrEqualTo(1);
        assertThat(assigneeOf(task)).isEqualTo("jena.sb");
    }

    @Test
    void substituteAbsentTooPassesOnAndACircleLeavesTheTaskWhereItIs() {
        repository.save(new ClerkAbsence("ags-16053000", "jena.sb", "jena.sb2", TODAY, TODAY, "jena.sb", java.time.Instant.now()));
        repository.save(new ClerkAbsence("ags-16053000", "jena.sb2", "jena.leitung", TODAY, TODAY, "jena.sb2", java.time.Instant.now()));
        assertThat(absences.substituteFor("jena.sb", "ags-16053000", TODAY)).contains("jena.leitung");
        repository.save(new ClerkAbsence("ags-16053000", "jena.leitung", "jena.sb", TODAY, TODAY, "jena.leitung", java.time.Instant.now()));
        assertThat(absences.substituteFor("jena.sb", "ags-16053000", TODAY)).isEmpty();
        // another authority's absence changes nothing in Jena
        assertThat(absences.substituteFor("jena.sb", "ags-16051000", TODAY)).isEmpty();
    }

    @Test
    void onlyTheClerkOrTheLeadOfTheSameAuthorityMayEnterAnAbsence() {
        Map<String, String> jenaAbsence = Map.of("userId", "jena.sb", "substituteId", "jena.sb2",
                "from", TODAY.toString(), "to", TODAY.plusDays(1).toString());
        // a colleague may not
        assertThat(ClerkClient.basic(port, "jena.sb2", "Jena-Demo-1").postJson("/api/v1/clerk/absences", jenaAbsence,
                ClerkClient.scripted()).status()).isEqualTo(403);
        // a clerk of Erfurt may not
        assertThat(ClerkClient.basic(port, "erfurt.sb", "Erfurt-Demo-1").postJson("/api/v1/clerk/absences", jenaAbsence,
                ClerkClient.scripted()).status()).isEqualTo(403);
        // the substitute must work for the same authority
        ClerkClient.Response foreignSubstitute = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1").postJson("/api/v1/clerk/absences",
                Map.of("userId", "jena.sb", "substituteId", "erfurt.sb", "from", TODAY.toString(), "to", TODAY.toString()),
                ClerkClient.scripted());
        assertThat(foreignSubstitute.status()).isEqualTo(403);
        assertThat(foreignSubstitute.json().get("message").asText()).contains("Vertretung");
        // without the custom header (what a foreign page could send) nothing happens, even with valid credentials
        ClerkClient.Response noHeader = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1").postJson("/api/v1/clerk/absences", jenaAbsence);
        assertThat(noHeader.status()).isEqualTo(403);
        assertThat(noHeader.json().get("error").asText()).isEqualTo("SCRIPTED_REQUEST_REQUIRED");
        // nor with the Tasklist login
        ClerkClient session = ClerkClient.tasklist(port, "jena.sb", "Jena-Demo-1");
        assertThat(session.postJson("/api/v1/clerk/absences", jenaAbsence).status()).isEqualTo(403);
        assertThat(repository.count()).isZero();
        // with it, the Tasklist login works
        assertThat(session.postJson("/api/v1/clerk/absences", jenaAbsence, ClerkClient.scripted()).status()).isEqualTo(201);
        // anonymous: 401
        assertThat(ClerkClient.anonymous(port).postJson("/api/v1/clerk/absences", jenaAbsence, ClerkClient.scripted()).status())
                .isEqualTo(401);
    }

    @Test
    void invalidAbsencesAreRefusedInGerman() {
        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        ClerkClient.Response backwards = jena.postJson("/api/v1/clerk/absences", Map.of("userId", "jena.sb",
                "substituteId", "jena.sb2", "from", TODAY.plusDays(2).toString(), "to", TODAY.toString()), ClerkClient.scripted());
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("message").asText()).contains("Ende");
        assertThat(jena.postJson("/api/v1/clerk/absences", "{\"userId\":\"jena.sb\",\"from\":\"morgen\"}",
                ClerkClient.scripted()).status()).isEqualTo(400);
        assertThat(jena.postJson("/api/v1/clerk/absences", Map.of("userId", "jena.sb", "substituteId", "jena.sb",
                "from", TODAY.toString(), "to", TODAY.toString()), ClerkClient.scripted()).status()).isEqualTo(400);
    }

    @Test
    void absenceCanBeWithdrawnByTheClerkOrTheLeadOnly() {
        ClerkClient lead = ClerkClient.basic(port, "jena.leitung", "Jena-Demo-1");
        long id = lead.postJson("/api/v1/clerk/absences", Map.of("userId", "jena.sb", "substituteId", "jena.sb2",
                "from", TODAY.plusDays(5).toString(), "to", TODAY.plusDays(6).toString()), ClerkClient.scripted())
                .json().get("id").asLong();
        assertThat(ClerkClient.basic(port, "erfurt.sb", "Erfurt-Demo-1").delete("/api/v1/clerk/absences/" + id, ClerkClient.scripted())
                .status()).isEqualTo(404);
        assertThat(ClerkClient.basic(port, "jena.sb2", "Jena-Demo-1").delete("/api/v1/clerk/absences/" + id, ClerkClient.scripted())
                .status()).isEqualTo(403);
        assertThat(ClerkClient.basic(port, "jena.sb", "Jena-Demo-1").delete("/api/v1/clerk/absences/" + id).status()).isEqualTo(403);
        assertThat(ClerkClient.basic(port, "jena.sb", "Jena-Demo-1").delete("/api/v1/clerk/absences/" + id, ClerkClient.scripted())
                .status()).isEqualTo(204);
        assertThat(repository.existsById(id)).isFalse();
    }

    private Task taskOf(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private String assigneeOf(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee();
    }
}
