package de.thueringen.antrag.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.it.MariaDbTestDatabase;
import de.thueringen.antrag.tasks.ClerkClient;
import de.thueringen.antrag.tasks.TaskEscalations;

/**
 * The clerks' work on the real MariaDB (127.0.0.1:3306, started by .ci/run), in a database of its own: the V5 tables
 * (notes, absences, escalations) and the statistics' SQL over case files, status history and the engine's tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "mariadb"})
class ClerkWorkMariaDbIT {

    private static final String DATABASE = "antrag_clerk_it";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        MariaDbTestDatabase.createAndUse(DATABASE, registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    TaskEscalations escalations;

    @Test
    void notesAbsencesEscalationAndStatisticsWorkOnMariaDb() {
        ClerkClient citizen = ClerkClient.anonymous(port);
        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        String decided = citizen.submitParkingPermit(true, "Maria", "Datenbank 😀");
        String open = citizen.submitParkingPermit(true, "Otto", "Offen");
        citizen.submitParkingPermit(false, "Erik", "Erfurt");
        caseFiles.recordStatus(caseFiles.findByCaseNumber(decided).orElseThrow().getId(), CaseStatus.GENEHMIGT, "jena.sb", null);

        // a note with characters beyond the Basic Multilingual Plane
        assertThat(jena.postJson("/api/v1/cases/" + open + "/notes", Map.of("text", "Rückruf 😀 Łukasz"),
                ClerkClient.scripted()).status()).isEqualTo(201);
        assertThat(jena.get("/api/v1/cases/" + open).json().get("notes").get(0).get("text").asText()).isEqualTo("Rückruf 😀 Łukasz");

        // an absence from today hands the task over
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(open).singleResult();
        taskService.setAssignee(task.getId(), "jena.sb");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        ClerkClient.Response absence = jena.postJson("/api/v1/clerk/absences", Map.of("userId", "jena.sb",
                "substituteId", "jena.sb2", "from", today.toString(), "to", today.plusDays(2).toString()), ClerkClient.scripted());
        assertThat(absence.status()).as(absence.text()).isEqualTo(201);
        assertThat(absence.json().get("from").asText()).isEqualTo(today.toString());
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("jena.sb2");

        // escalation of an overdue task, once
        Task current = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        current.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
        taskService.saveTask(current);
        assertThat(escalations.escalateOverdueTasks()).isEqualTo(1);
        assertThat(escalations.escalateOverdueTasks()).isZero();

        JsonNode jenaFigures = jena.get("/api/v1/statistics/authorities/ags-16053000").json().get("totals");
        assertThat(jenaFigures.get("received").asLong()).isEqualTo(2);
        assertThat(jenaFigures.get("approved").asLong()).isEqualTo(1);
        assertThat(jenaFigures.get("open").asLong()).isEqualTo(1);
        assertThat(jenaFigures.get("overdueTasks").asLong()).isEqualTo(1);
        assertThat(jenaFigures.get("closedCases").asLong()).isEqualTo(1);
        JsonNode land = ClerkClient.basic(port, "land.sb", "Land-Demo-1").get("/api/v1/statistics/land").json();
        assertThat(land.get("totals").get("received").asLong()).isEqualTo(3);
        assertThat(land.get("services").get(0).get("authorities")).hasSize(2);
    }
}
