package de.thueringen.antrag.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.tasks.ClerkClient;

/** Statistics per authority and for the Land, over SQL on the case files, and who may see them. */
@H2ApplicationTest
class StatisticsIT {

    @LocalServerPort
    int port;
    @Autowired
    CaseFileService caseFiles;
    @Autowired
    TaskService taskService;

    @Test
    void authorityFiguresCountReceivedDecidedOpenAndOverdue() {
        ClerkClient jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        JsonNode before = jena.get("/api/v1/statistics/authorities/ags-16053000").json();

        ClerkClient citizen = ClerkClient.anonymous(port);
        String approved = citizen.submitParkingPermit(true, "Anna", "Genehmigt");
        String rejected = citizen.submitParkingPermit(true, "Bert", "Abgelehnt");
        String overdue = citizen.submitParkingPermit(true, "Carl", "Ueberfaellig");
        caseFiles.recordStatus(caseFiles.findByCaseNumber(approved).orElseThrow().getId(), CaseStatus.GENEHMIGT, "jena.sb", null);
        caseFiles.recordStatus(caseFiles.findByCaseNumber(rejected).orElseThrow().getId(), CaseStatus.ABGELEHNT, "jena.sb", null);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(overdue).singleResult();
        task.setDueDate(Date.from(Instant.now().minus(Duration.ofHours(3))));
        taskService.saveTask(task);

        JsonNode after = jena.get("/api/v1/statistics/authorities/ags-16053000").json();
        assertThat(after.get("authorityName").asText()).isEqualTo("Stadt Jena");
        assertThat(delta(before, after, "received")).isEqualTo(3);
        assertThat(delta(before, after, "approved")).isEqualTo(1);
        assertThat(delta(before, after, "rejected")).isEqualTo(1);
        assertThat(delta(before, after, "decided")).isEqualTo(2);
        assertThat(delta(before, after, "open")).isEqualTo(1);
        assertThat(delta(before, after, "overdueTasks")).isGreaterThanOrEqualTo(1);
        assertThat(after.get("totals").get("medianDays").asDouble()).isGreaterThanOrEqualTo(0.0);
        JsonNode parking = service(after, "10173");
        assertThat(parking.get("serviceName").asText()).isEqualTo("Bewohnerparkausweis");
        assertThat(parking.get("figures").get("closedCases").asLong()).isGreaterThanOrEqualTo(2);

        // a period in the past has none of these
        JsonNode lastYear = jena.get("/api/v1/statistics/authorities/ags-16053000?from=2000-01-01&to=2000-12-31").json();
        assertThat(lastYear.get("totals").get("received").asLong()).isZero();
        assertThat(lastYear.get("from").asText()).isEqualTo("2000-01-01");
        String today = LocalDate.now().toString();
        assertThat(jena.get("/api/v1/statistics/authorities/ags-16053000?from=" + today).json().get("totals")
                .get("received").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(jena.get("/api/v1/statistics/authorities/ags-16053000?from=gestern").status()).isEqualTo(400);
    }

    @Test
    void landComparesTheSameServiceAcrossAuthorities() {
        ClerkClient citizen = ClerkClient.anonymous(port);
        citizen.submitParkingPermit(true, "Lars", "Landesweit");
        citizen.submitParkingPermit(false, "Lisa", "Landesweit");
        JsonNode land = ClerkClient.basic(port, "land.sb", "Land-Demo-1").get("/api/v1/statistics/land").json();
        assertThat(land.get("authorities")).extracting(a -> a.get("authorityName").asText()).contains("Stadt Erfurt", "Stadt Jena");
        JsonNode parking = null;
        for (JsonNode s : land.get("services")) {
            if (s.get("serviceId").asText().equals("10173")) {
                parking = s;
            }
        }
        assertThat(parking).isNotNull();
        assertThat(parking.get("authorities")).extracting(a -> a.get("authorityId").asText())
                .contains("ags-16051000", "ags-16053000");
        long sum = 0;
        for (JsonNode a : parking.get("authorities")) {
            sum += a.get("figures").get("received").asLong();
        }
        assertThat(parking.get("land").get("received").asLong()).isEqualTo(sum);
        // administrators too
        assertThat(ClerkClient.basic(port, "admin", "Verwaltung-Demo-1").get("/api/v1/statistics/land").status()).isEqualTo(200);
        assertThat(ClerkClient.basic(port, "admin", "Verwaltung-Demo-1").get("/api/v1/statistics/authorities/ags-16053000").status())
                .isEqualTo(200);
    }

    @Test
    void onlyTheAuthorityItsLeadsTheLandOfficeAndAdminsSeeFigures() {
        assertThat(ClerkClient.basic(port, "jena.leitung", "Jena-Demo-1").get("/api/v1/statistics/authorities/ags-16053000").status())
                .isEqualTo(200);
        assertThat(ClerkClient.basic(port, "jena.sb", "Jena-Demo-1").get("/api/v1/statistics/land").status()).isEqualTo(403);
        assertThat(ClerkClient.basic(port, "gotha.sb", "Gotha-Demo-1").get("/api/v1/statistics/authorities/ags-16053000").status())
                .isEqualTo(403);
        assertThat(ClerkClient.anonymous(port).get("/api/v1/statistics/land").status()).isEqualTo(401);
        assertThat(ClerkClient.basic(port, "admin", "Verwaltung-Demo-1").get("/api/v1/statistics/authorities/gibt-es-nicht").status())
                .isEqualTo(404);
    }

    @Test
    void pageForClerksFromTheTasklistLogin() {
        ClerkClient session = ClerkClient.tasklist(port, "jena.sb", "Jena-Demo-1");
        ClerkClient.Response page = session.get("/statistik");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<html lang=\"de\"", "Statistik der Vorgänge", "Stadt Jena", "Bewohnerparkausweis",
                "eingegangen", "überfällig", "Median").doesNotContain("Land Thüringen");
        assertThat(ClerkClient.tasklist(port, "land.sb", "Land-Demo-1").get("/statistik").text())
                .contains("Land Thüringen", "Dieselbe Leistung im Vergleich der Behörden");
        assertThat(session.get("/statistik?von=2000-01-01&bis=2000-12-31").text()).contains("01.01.2000");
        assertThat(ClerkClient.anonymous(port).get("/statistik").status()).isEqualTo(401);
    }

    private static long delta(JsonNode before, JsonNode after, String field) {
        return after.get("totals").get(field).asLong() - before.get("totals").get(field).asLong();
    }

    private static JsonNode service(JsonNode statistics, String serviceId) {
        for (JsonNode s : statistics.get("services")) {
            if (s.get("serviceId").asText().equals(serviceId)) {
                return s;
            }
        }
        throw new AssertionError("no line for service " + serviceId);
    }
}
