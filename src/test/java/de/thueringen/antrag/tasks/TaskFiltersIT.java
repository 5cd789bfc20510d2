package de.thueringen.antrag.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.security.ClerkRoles;

/**
 * The Tasklist filters: per authority, created automatically, readable only by that authority's groups, with the
 * case columns; tried through the engine REST API (HTTP Basic) and through Tasklist's own REST calls (webapp login).
 */
@H2ApplicationTest
class TaskFiltersIT {

    static final String JENA = "ags-16053000";
    static final String ERFURT = "ags-16051000";
    static final List<String> CLERK_FILTERS = List.of("Meine Aufgaben", "Aufgaben meines Teams",
            "Überfällig / heute fällig", "Nachforderungen mit Antwort");

    @LocalServerPort
    int port;
    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ClerkFilters clerkFilters;

    ClerkClient citizen;
    ClerkClient jena;
    String jenaCase;
    String erfurtCase;

    @BeforeEach
    void oneCaseInJenaAndOneInErfurt() {
        citizen = ClerkClient.anonymous(port);
        jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
        jenaCase = citizen.submitParkingPermit(true, "Jana", "Filtertest");
        erfurtCase = citizen.submitParkingPermit(false, "Emil", "Filtertest");
    }

    @Test
    void jenaClerkSeesExactlyTheJenaFiltersThroughTheEngineApi() {
        JsonNode filters = jena.get("/engine-rest/filter?resourceType=Task&maxResults=100").json();
        assertThat(names(filters)).containsExactlyInAnyOrderElementsOf(CLERK_FILTERS);
        assertThat(filters).allSatisfy(f -> assertThat(f.get("properties").get(ClerkFilters.MARKER).asText())
                .matches("(" + JENA + ":(TEAM|DUE|ANSWERED)|user:jena\\.sb:MINE)"));
        // the Erfurt filters exist, but a Jena clerk can neither read nor run them
        List<Filter> erfurtFilters = filterService.createFilterQuery().list().stream()
                .filter(f -> String.valueOf(f.getProperties().get(ClerkFilters.MARKER)).startsWith(ERFURT + ":")).toList();
        assertThat(erfurtFilters).hasSize(4);
        for (Filter filter : erfurtFilters) {
            assertThat(jena.get("/engine-rest/filter/" + filter.getId()).status()).isEqualTo(403);
            assertThat(jena.get("/engine-rest/filter/" + filter.getId() + "/count").status()).isEqualTo(403);
            assertThat(jena.get("/engine-rest/filter/" + filter.getId() + "/list").status()).isEqualTo(403);
        }
        // the other clerks' "Meine Aufgaben" neither
        Filter erfurtMine = filterOf("user:erfurt.sb:MINE");
        assertThat(jena.get("/engine-rest/filter/" + erfurtMine.getId() + "/count").status()).isEqualTo(403);
    }

    @Test
    void teamLeadAlsoSeesTheEscalatedFilter() {
        JsonNode filters = ClerkClient.basic(port, "jena.leitung", "Jena-Demo-1").get("/engine-rest/filter?resourceType=Task&maxResults=100").json();
        List<String> expected = new ArrayList<>(CLERK_FILTERS);
        expected.add("Eskalierte Aufgaben");
        assertThat(names(filters)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void teamFilterListsJenaTasksOnlyWithTheCaseColumns() {
        Filter team = filterOf(JENA + ":TEAM");
        assertThat(team.getName()).isEqualTo("Aufgaben meines Teams");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> columns = (List<Map<String, String>>) team.getProperties().get("variables");
        assertThat(columns).extracting(c -> c.get("name") + "=" + c.get("label"))
                .containsExactly("caseNumber=Aktenzeichen", "serviceName=Leistung", "applicantName=Antragsteller/in");

        JsonNode tasks = jena.postJson("/engine-rest/filter/" + team.getId() + "/list?maxResults=1000", "{}").json();
        assertThat(tasks).isNotEmpty().allSatisfy(t -> assertThat(t.get("tenantId").asText()).isEqualTo(JENA));
        assertThat(tasks).anySatisfy(t -> assertThat(t.get("description").asText()).startsWith(jenaCase + " · "));
        assertThat(tasks).noneSatisfy(t -> assertThat(t.get("description").asText()).contains(erfurtCase));
        assertThat(jena.get("/engine-rest/filter/" + team.getId() + "/count").json().get("count").asLong())
                .isEqualTo(tasks.size());
    }

    @Test
    void tasklistShowsTheJenaFiltersWithCaseNumberServiceAndApplicant() throws Exception {
        ClerkClient session = ClerkClient.tasklist(port, "jena.sb", "Jena-Demo-1");
        JsonNode filters = session.get("/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true&firstResult=0&maxResults=2000").json();
        assertThat(names(filters)).containsExactlyInAnyOrderElementsOf(CLERK_FILTERS);
        String teamId = filterOf(JENA + ":TEAM").getId();
        // the request Tasklist makes for the list: HAL, with the variables of the filter's columns
        ClerkClient.Response list = session.postJson("/camunda/api/engine/engine/default/filter/" + teamId
                        + "/list?firstResult=0&maxResults=1000",
                "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}",
                "Accept", "application/hal+json");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        JsonNode hal = list.json();
        assertThat(hal.get("_embedded").get("task")).allSatisfy(t -> assertThat(t.get("tenantId").asText()).isEqualTo(JENA));
        JsonNode task = null;
        for (JsonNode t : hal.get("_embedded").get("task")) {
            if (t.get("description").asText().startsWith(jenaCase)) {
                task = t;
            }
        }
        assertThat(task).as("task of " + jenaCase + " in the team filter").isNotNull();
        Map<String, String> columns = new java.util.HashMap<>();
        for (JsonNode variable : task.get("_embedded").get("variable")) {
            columns.put(variable.get("name").asText(), variable.get("value").asText());
        }
        assertThat(columns).containsEntry("caseNumber", jenaCase).containsEntry("serviceName", "Bewohnerparkausweis")
                .containsEntry("applicantName", "Jana Filtertest");
        // the Erfurt filter cannot be run in Tasklist either
        String erfurtTeam = filterOf(ERFURT + ":TEAM").getId();
        assertThat(session.postJson("/camunda/api/engine/engine/default/filter/" + erfurtTeam + "/list", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void myTasksShowsWhatTheClerkClaimed() {
        Task task = taskOf(jenaCase);
        Filter mine = filterOf("user:jena.sb:MINE");
        assertThat(jena.postJson("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"jena.sb\"}").status()).isEqualTo(204);
        JsonNode mineList = jena.postJson("/engine-rest/filter/" + mine.getId() + "/list?maxResults=1000", "{}").json();
        assertThat(mineList).extracting(t -> t.get("id").asText()).contains(task.getId());
        assertThat(mineList).allSatisfy(t -> assertThat(t.get("assignee").asText()).isEqualTo("jena.sb"));
        // the colleague's "Meine Aufgaben" does not list it
        Filter colleague = filterOf("user:jena.sb2:MINE");
        JsonNode colleagueList = ClerkClient.basic(port, "jena.sb2", "Jena-Demo-1")
                .postJson("/engine-rest/filter/" + colleague.getId() + "/list?maxResults=1000", "{}").json();
        assertThat(colleagueList).extracting(t -> t.get("id").asText()).doesNotContain(task.getId());
    }

    @Test
    void overdueFilterListsTasksDueTodayOrEarlierAndMovesWithTheDay() {
        Task task = taskOf(jenaCase);
        task.setDueDate(Date.from(LocalDate.now(ZoneId.of("Europe/Berlin")).atTime(6, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant()));
        taskService.saveTask(task);
        Filter due = filterOf(JENA + ":DUE");
        JsonNode list = jena.postJson("/engine-rest/filter/" + due.getId() + "/list?maxResults=1000", "{}").json();
        assertThat(list).extracting(t -> t.get("id").asText()).contains(task.getId());
        assertThat(list).noneSatisfy(t -> assertThat(t.get("id").asText()).isEqualTo(taskOf(jenaCase, true).getId()));

        // the stored query holds a fixed date (no expressions allowed): the end of today, moved every night
        Date endOfToday = Date.from(LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(((TaskQueryImpl) due.getQuery()).getDueBefore()).isEqualTo(endOfToday);
        Filter stale = filterService.getFilter(due.getId());
        stale.setQuery(taskService.createTaskQuery().tenantIdIn(JENA).dueBefore(new Date(0)));
        filterService.saveFilter(stale);
        assertThat(clerkFilters.refreshDueDates()).isPositive();
        assertThat(((TaskQueryImpl) filterService.getFilter(due.getId()).getQuery()).getDueBefore()).isEqualTo(endOfToday);
        assertThat(((TaskQueryImpl) filterService.getFilter(due.getId()).getQuery()).getTenantIds()).containsExactly(JENA);
    }

    @Test
    void answeredDocumentRequestsHaveTheirOwnFilter() {
        Task task = taskOf(jenaCase);
        Filter answered = filterOf(JENA + ":ANSWERED");
        assertThat(jena.postJson("/engine-rest/filter/" + answered.getId() + "/list?maxResults=1000", "{}").json())
                .extracting(t -> t.get("id").asText()).doesNotContain(task.getId());
        // the shared call activity "Unterlagen nachfordern" passes this variable back to the service process
        runtimeService.setVariable(task.getProcessInstanceId(), ClerkFilters.DOCUMENT_REQUEST_ANSWERED, true);
        assertThat(jena.postJson("/engine-rest/filter/" + answered.getId() + "/list?maxResults=1000", "{}").json())
                .extracting(t -> t.get("id").asText()).contains(task.getId());
    }

    @Test
    void aClerkAccountCreatedThroughOurCodeGetsItsAuthoritysFilters() {
        String userId = "weimar.sb." + System.nanoTime() % 100000;
        User user = identityService.newUser(userId);
        user.setPassword("Weimar-Test-1");
        user.setFirstName("Wanda");
        user.setLastName("Weimarer");
        identityService.saveUser(user);
        identityService.createMembership(userId, "ags-16055000-sachbearbeitung");
        identityService.createMembership(userId, ClerkRoles.CLERK_ROLE);

        clerkFilters.prepareFor(userId);
        clerkFilters.prepareFor(userId); // idempotent

        JsonNode filters = ClerkClient.basic(port, userId, "Weimar-Test-1").get("/engine-rest/filter?resourceType=Task&maxResults=100").json();
        assertThat(names(filters)).containsExactlyInAnyOrderElementsOf(CLERK_FILTERS);
        assertThat(filterService.createFilterQuery().list().stream()
                .filter(f -> String.valueOf(f.getProperties().get(ClerkFilters.MARKER)).startsWith("ags-16055000:")))
                .hasSize(4);
    }

    private Filter filterOf(String marker) {
        return filterService.createFilterQuery().list().stream()
                .filter(f -> marker.equals(f.getProperties().get(ClerkFilters.MARKER)))
                .reduce((a, b) -> {
                    throw new AssertionError("two filters " + marker);
                })
                .orElseThrow(() -> new AssertionError("no filter " + marker));
    }

    private Task taskOf(String caseNumber) {
        return taskOf(caseNumber, false);
    }

    /** The open task of the case; of another Jena case if {@code other}. */
    private Task taskOf(String caseNumber, boolean other) {
        if (other) {
            String second = citizen.submitParkingPermit(true, "Jörg", "Nochjemand");
            return taskService.createTaskQuery().processInstanceBusinessKey(second).singleResult();
        }
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private static List<String> names(JsonNode filters) {
        assertThat(filters.isArray()).as(filters.toString()).isTrue();
        List<String> names = new ArrayList<>();
        filters.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }
}
