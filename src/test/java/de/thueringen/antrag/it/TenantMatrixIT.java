package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.security.ScriptedRequestFilter;

/**
 * The tenant matrix (issue 9): clerks and a team lead of two authorities read and write through every engine REST
 * read endpoint, the webapps' copy of it (Tasklist) and the project's own endpoints, aimed at the other authority's
 * objects. Nothing of the other authority may appear in an answer (no ids, case numbers, applicant names, tenant),
 * by-id access answers 403/404, writes are refused and leave the other case as it was. Every cell is checked for
 * being able to fail: the administrator (not tenant-checked) gets the other authority's data from the same request.
 * A guard fails when the project gains an endpoint that is neither a cell nor listed in
 * {@link EndpointsOutsideTheTenantMatrix}.
 */
@H2ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantMatrixIT {

    static final String ENGINE = "/engine-rest";
    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    /** Lists and queries aimed at the other authority's objects: 200, nothing of it in the answer. */
    static final List<String> ENGINE_LISTS = List.of(
            "/task?maxResults=2000",
            "/task?processInstanceBusinessKey={case}",
            "/task?processInstanceId={pi}",
            "/task?taskIdIn={task}",
            "/task?tenantIdIn={tenant}",
            "/task?candidateGroup={tenant}-sachbearbeitung",
            "/task?processVariables=caseNumber_eq_{case}",
            "/process-instance?maxResults=2000",
            "/process-instance?businessKey={case}",
            "/process-instance?processInstanceIds={pi}",
            "/process-instance?variables=caseNumber_eq_{case}",
            "/execution?processInstanceId={pi}",
            "/execution?businessKey={case}",
            "/variable-instance?processInstanceIdIn={pi}",
            "/variable-instance?variableName=caseNumber&maxResults=2000",
            "/variable-instance?variableValues=caseNumber_eq_{case}",
            "/history/task?processInstanceBusinessKey={case}",
            "/history/task?processInstanceId={advancedPi}",
            "/history/task?taskId={task}",
            "/history/process-instance?processInstanceBusinessKey={case}",
            "/history/process-instance?tenantIdIn={tenant}&maxResults=2000",
            "/history/activity-instance?processInstanceId={advancedPi}",
            "/history/activity-instance?tenantIdIn={tenant}&maxResults=2000",
            "/history/variable-instance?processInstanceId={pi}",
            "/history/variable-instance?variableName=caseNumber&maxResults=2000",
            "/history/detail?processInstanceId={pi}",
            "/history/detail?variableInstanceId={historicVariable}",
            "/history/decision-instance?processInstanceId={advancedPi}&includeInputs=true&includeOutputs=true",
            "/history/decision-instance?decisionDefinitionKey=fee-10173&maxResults=2000",
            "/history/decision-instance?tenantIdIn={tenant}",
            "/history/user-operation?processInstanceId={pi}",
            "/history/user-operation?taskId={task}",
            "/history/user-operation?maxResults=2000",
            "/history/identity-link-log?taskId={task}",
            "/history/incident?processInstanceId={pi}",
            "/history/incident?tenantIdIn={tenant}",
            "/history/job-log?jobId={job}",
            "/history/job-log?tenantIdIn={tenant}&maxResults=2000",
            "/incident?processInstanceId={pi}",
            "/incident?tenantIdIn={tenant}",
            "/job?tenantIdIn={tenant}",
            "/job?maxResults=2000",
            "/filter?resourceType=Task&itemCount=true&maxResults=2000");

    /** Counts aimed at the other authority's objects: {"count":0}. */
    static final List<String> ENGINE_COUNTS = List.of(
            "/task/count?tenantIdIn={tenant}",
            "/task/count?processInstanceBusinessKey={case}",
            "/process-instance/count?businessKey={case}",
            "/execution/count?processInstanceId={pi}",
            "/variable-instance/count?processInstanceIdIn={pi}",
            "/history/task/count?processInstanceBusinessKey={case}",
            "/history/process-instance/count?processInstanceBusinessKey={case}",
            "/history/activity-instance/count?processInstanceId={pi}",
            "/history/variable-instance/count?processInstanceId={pi}",
            "/history/detail/count?processInstanceId={pi}",
            "/history/decision-instance/count?processInstanceId={advancedPi}",
            "/history/user-operation/count?processInstanceId={pi}",
            "/history/incident/count?processInstanceId={pi}",
            "/history/job-log/count?jobId={job}",
            "/incident/count?processInstanceId={pi}",
            "/job/count?tenantIdIn={tenant}");

    /** The other authority's objects by id: refused (403, 404, 400), nothing of it in the answer. */
    static final List<String> ENGINE_BY_ID = List.of(
            "/task/{task}",
            "/task/{task}/variables",
            "/task/{task}/variables/caseNumber",
            "/task/{task}/localVariables",
            "/task/{task}/form-variables",
            "/task/{task}/identity-links",
            "/task/{task}/comment",
            "/task/{task}/comment/{comment}",
            "/task/{task}/attachment",
            "/task/{task}/attachment/{attachment}",
            "/task/{task}/form",
            "/task/{task}/deployed-form",
            "/process-instance/{pi}",
            "/process-instance/{pi}/variables",
            "/process-instance/{pi}/variables/caseNumber",
            "/process-instance/{pi}/activity-instances",
            "/execution/{execution}",
            "/execution/{execution}/localVariables",
            "/variable-instance/{variable}",
            "/history/process-instance/{pi}",
            "/history/variable-instance/{historicVariable}",
            "/history/detail/{detail}",
            "/history/activity-instance/{activityInstance}",
            "/incident/{incident}",
            "/job/{job}",
            "/filter/{filter}",
            "/filter/{filter}/list?maxResults=2000",
            "/filter/{filter}/count");

    /** A changing call: method, path, JSON body ({attacker} is the attacking user); ATTACH is a multipart upload. */
    record Write(String method, String path, String body) {
    }

    static final List<Write> ENGINE_WRITES = List.of(
            new Write("POST", "/task/{task}/claim", "{\"userId\":\"{attacker}\"}"),
            new Write("POST", "/task/{task}/assignee", "{\"userId\":\"{attacker}\"}"),
            new Write("POST", "/task/{task}/delegate", "{\"userId\":\"{attacker}\"}"),
            new Write("POST", "/task/{task}/identity-links", "{\"userId\":\"{attacker}\",\"type\":\"candidate\"}"),
            new Write("PUT", "/task/{task}", "{\"name\":\"Gekapert\",\"assignee\":\"{attacker}\",\"priority\":1}"),
            new Write("POST", "/task/{task}/complete",
                    "{\"variables\":{\"formalCheckPassed\":{\"value\":false},\"rejectionReason\":{\"value\":\"Gekapert\"}}}"),
            new Write("POST", "/task/{task}/submit-form",
                    "{\"variables\":{\"formalCheckPassed\":{\"value\":false},\"rejectionReason\":{\"value\":\"Gekapert\"}}}"),
            new Write("POST", "/task/{task}/bpmnError", "{\"errorCode\":\"gekapert\"}"),
            new Write("POST", "/task/{task}/bpmnEscalation", "{\"escalationCode\":\"gekapert\"}"),
            new Write("PUT", "/task/{task}/variables/rejectionReason", "{\"value\":\"Gekapert\",\"type\":\"String\"}"),
            new Write("PUT", "/task/{task}/localVariables/rejectionReason", "{\"value\":\"Gekapert\",\"type\":\"String\"}"),
            new Write("POST", "/task/{task}/variables",
                    "{\"modifications\":{\"formalCheckPassed\":{\"value\":false}},\"deletions\":[\"caseNumber\"]}"),
            new Write("POST", "/task/{task}/localVariables", "{\"modifications\":{\"gekapert\":{\"value\":true}}}"),
            new Write("DELETE", "/task/{task}/variables/caseNumber", null),
            new Write("POST", "/task/{task}/comment/create", "{\"message\":\"Gekapert\"}"),
            new Write("ATTACH", "/task/{task}/attachment/create", null),
            new Write("DELETE", "/task/{task}/comment/{comment}", null),
            new Write("DELETE", "/task/{task}/attachment/{attachment}", null),
            new Write("PUT", "/process-instance/{pi}/variables/formalCheckPassed", "{\"value\":false,\"type\":\"Boolean\"}"),
            new Write("POST", "/process-instance/{pi}/variables", "{\"modifications\":{\"rejectionReason\":{\"value\":\"Gekapert\"}}}"),
            new Write("DELETE", "/process-instance/{pi}/variables/caseNumber", null),
            new Write("PUT", "/execution/{execution}/localVariables/rejectionReason", "{\"value\":\"Gekapert\",\"type\":\"String\"}"),
            new Write("PUT", "/process-instance/{pi}/suspended", "{\"suspended\":true}"),
            new Write("POST", "/process-instance/{pi}/modification",
                    "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_FormalCheck\"}]}"),
            new Write("POST", "/message", "{\"messageName\":\"ZahlungEingegangen\",\"businessKey\":\"{advancedCase}\"}"),
            new Write("PUT", "/incident/{incident}/annotation", "{\"annotation\":\"Gekapert\"}"),
            new Write("DELETE", "/incident/{incident}", null),
            new Write("PUT", "/job/{job}/retries", "{\"retries\":0}"),
            new Write("PUT", "/job/{job}/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"),
            new Write("PUT", "/job/{job}/suspended", "{\"suspended\":true}"),
            new Write("POST", "/job/{job}/execute", null),
            new Write("PUT", "/filter/{filter}", "{\"resourceType\":\"Task\",\"name\":\"Gekapert\",\"query\":{}}"),
            new Write("DELETE", "/process-instance/{pi}", null),
            new Write("DELETE", "/filter/{filter}", null));

    /** Tasklist's own calls for the same attacks. */
    static final List<Write> WEBAPP_WRITES = List.of(
            new Write("POST", "/task/{task}/claim", "{\"userId\":\"{attacker}\"}"),
            new Write("POST", "/task/{task}/submit-form",
                    "{\"variables\":{\"formalCheckPassed\":{\"value\":false},\"rejectionReason\":{\"value\":\"Gekapert\"}}}"),
            new Write("PUT", "/task/{task}/variables/rejectionReason", "{\"value\":\"Gekapert\",\"type\":\"String\"}"),
            new Write("POST", "/task/{task}/comment/create", "{\"message\":\"Gekapert\"}"));

    /**
     * Cells that fail today, found by this suite (issue 9), keyed "METHOD template". They run and are reported as
     * aborted with the reason while the hole is open; once a fix closes one, its cell fails until it is removed here.
     */
    static final Map<String, String> KNOWN_HOLES = Map.of();

    private static Executable unlessKnownHole(String key, Executable cell) {
        String hole = KNOWN_HOLES.get(key);
        if (hole == null) {
            return cell;
        }
        return () -> {
            try {
                cell.execute();
            } catch (AssertionError stillOpen) {
                Assumptions.abort("known hole (issue 9): " + hole + "; " + stillOpen.getMessage());
            }
            throw new AssertionError(key + " is closed now: remove it from KNOWN_HOLES");
        };
    }

    /** A project endpoint in the matrix, aimed at the other authority: its Spring mapping ("METHOD pattern"), the request. */
    record ProjectRead(String mapping, String path) {
    }

    static final List<ProjectRead> PROJECT_READS = List.of(
            new ProjectRead("GET /api/v1/cases/{caseNumber}", "/api/v1/cases/{case}"),
            new ProjectRead("GET /api/v1/cases/{caseNumber}/notes", "/api/v1/cases/{case}/notes"),
            new ProjectRead("GET /akte/{caseNumber}", "/akte/{case}"),
            new ProjectRead("GET /akte/{caseNumber}/dokumente/{documentId}", "/akte/{case}/dokumente/{document}"),
            new ProjectRead("GET /api/v1/statistics/authorities/{authorityId}", "/api/v1/statistics/authorities/{tenant}"),
            new ProjectRead("GET /api/v1/reports/payments", "/api/v1/reports/payments?authority={tenant}&date={today}"));

    /** Project endpoints covered by the dedicated tests below rather than by {@link #PROJECT_READS}. */
    static final Set<String> PROJECT_DEDICATED = Set.of(
            "POST /api/v1/cases/{caseNumber}/notes",
            "POST /akte/{caseNumber}/notizen",
            "POST /api/v1/cases/{caseNumber}/forwarding",
            "POST /akte/{caseNumber}/weiterleiten",
            "GET /api/v1/clerk/absences",
            "POST /api/v1/clerk/absences",
            "DELETE /api/v1/clerk/absences/{id}",
            "GET /api/v1/statistics/land",
            "GET /statistik");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    FilterService filterService;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    HttpApi citizen;
    HttpApi admin;
    TenantCases erfurt;
    TenantCases jena;

    /** Who attacks whom: a clerk each way, and Jena's team lead (more engine rights than a clerk) against Erfurt. */
    record Viewer(String user, String password, String webapp, TenantCases own, TenantCases other) {

        @Override
        public String toString() {
            return user + " → " + other.authorityId();
        }
    }

    List<Viewer> viewers;

    @BeforeAll
    void oneAuthorityEach() {
        citizen = new HttpApi(port);
        admin = citizen.as(TenantCases.ADMIN, "Verwaltung-Demo-1");
        TenantCases.Services engine = new TenantCases.Services(runtimeService, historyService, taskService,
                managementService, filterService);
        erfurt = TenantCases.prepare(citizen, "erfurt.sb", "Erfurt-Demo-1", "ags-16051000",
                TestData.parkingPermitErfurt("Erfurtmatrix"), TestData.parkingPermitErfurt("Erfurtmatrix"), "Erfurtmatrix", engine);
        jena = TenantCases.prepare(citizen, "jena.sb", "Jena-Demo-1", "ags-16053000",
                TestData.parkingPermitJena("Jenamatrix"), TestData.parkingPermitJena("Jenamatrix"), "Jenamatrix", engine);
        viewers = List.of(new Viewer("erfurt.sb", "Erfurt-Demo-1", "tasklist", erfurt, jena),
                new Viewer("jena.sb", "Jena-Demo-1", "tasklist", jena, erfurt),
                new Viewer("jena.leitung", "Jena-Demo-1", "cockpit", jena, erfurt));
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> engineRestReadsShowNothingOfTheOtherAuthority() {
        return viewers.stream().flatMap(viewer -> {
            HttpApi client = citizen.as(viewer.user(), viewer.password());
            return readCells(viewer, ENGINE, path -> reply(client.get(path)));
        });
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> webappEngineReadsShowNothingOfTheOtherAuthority() {
        return viewers.stream().flatMap(viewer -> {
            WebappSession session = WebappSession.loginTo(port, viewer.webapp(), viewer.user(), viewer.password());
            return readCells(viewer, WEBAPP_ENGINE, path -> {
                var response = session.get(path);
                return new Reply(response.statusCode(), response.body());
            });
        });
    }

    record Reply(int status, String body) {
    }

    private static Reply reply(HttpApi.Response response) {
        return new Reply(response.status(), response.text());
    }

    private Stream<DynamicTest> readCells(Viewer viewer, String prefix, Function<String, Reply> get) {
        TenantCases other = viewer.other();
        List<DynamicTest> cells = new ArrayList<>();
        for (String template : ENGINE_LISTS) {
            cells.add(DynamicTest.dynamicTest(viewer + ": GET " + prefix + template, () -> {
                String path = bounded(other.resolve(template));
                assertAdminSeesTheOtherAuthority(other, path);
                Reply reply = get.apply(prefix + path);
                assertThat(reply.status()).as("%s %s: %s", viewer, path, reply.body()).isEqualTo(200);
                assertThat(other.foundIn(reply.body())).as("%s %s leaks %s", viewer, path, reply.body()).isEmpty();
            }));
        }
        for (String template : ENGINE_COUNTS) {
            cells.add(DynamicTest.dynamicTest(viewer + ": GET " + prefix + template, () -> {
                String path = other.resolve(template);
                assertThat(TenantCases.okJson(admin.get(ENGINE + path)).get("count").asLong())
                        .as("admin's count for %s (the cell could not fail otherwise)", path).isPositive();
                Reply reply = get.apply(prefix + path);
                assertThat(reply.status()).as("%s %s: %s", viewer, path, reply.body()).isEqualTo(200);
                assertThat(reply.body()).as("%s %s", viewer, path).isEqualTo("{\"count\":0}");
            }));
        }
        for (String template : ENGINE_BY_ID) {
            cells.add(DynamicTest.dynamicTest(viewer + ": GET " + prefix + template, unlessKnownHole("GET " + template, () -> {
                String path = other.resolve(template);
                HttpApi.Response asAdmin = admin.get(ENGINE + path);
                assertThat(asAdmin.status()).as("admin %s: %s", path, asAdmin.text()).isEqualTo(200);
                Reply reply = get.apply(prefix + path);
                // 400 where the engine answers "cannot get form" as it does for an id that does not exist
                assertThat(reply.status()).as("%s %s: %s", viewer, path, reply.body()).isIn(400, 403, 404);
                assertThat(other.foundIn(reply.body(), path)).as("%s %s leaks %s", viewer, path, reply.body()).isEmpty();
            })));
        }
        return cells.stream();
    }

    /** The engine refuses lists without a limit (queryMaxResultsLimit). */
    private static String bounded(String path) {
        return path.contains("maxResults=") ? path : path + (path.contains("?") ? "&" : "?") + "maxResults=2000";
    }

    private void assertAdminSeesTheOtherAuthority(TenantCases other, String path) {
        HttpApi.Response asAdmin = admin.get(ENGINE + path);
        assertThat(asAdmin.status()).as("admin %s: %s", path, asAdmin.text()).isEqualTo(200);
        assertThat(other.foundIn(asAdmin.text())).as("admin's answer to %s names the other authority's objects "
                + "(the cell could not fail otherwise)", path).isNotEmpty();
    }

    /** The viewer's own Tasklist filters, executed plain and narrowed to the other authority. */
    @TestFactory
    @Order(3)
    Stream<DynamicTest> ownFiltersShowNothingOfTheOtherAuthority() {
        return viewers.stream().flatMap(viewer -> {
            HttpApi client = citizen.as(viewer.user(), viewer.password());
            JsonNode filters = TenantCases.okJson(client.get(ENGINE + "/filter?resourceType=Task&maxResults=100"));
            assertThat(filters).as("filters of %s", viewer.user()).isNotEmpty();
            TenantCases other = viewer.other();
            List<DynamicTest> cells = new ArrayList<>();
            for (JsonNode filter : filters) {
                String id = filter.get("id").asText();
                String name = viewer + ": filter „" + filter.get("name").asText() + "“ ";
                cells.add(DynamicTest.dynamicTest(name + "GET list", () -> assertNothingForeign(other,
                        client.get(ENGINE + "/filter/" + id + "/list?maxResults=2000"))));
                cells.add(DynamicTest.dynamicTest(name + "POST list narrowed to the other authority", () -> assertNothingForeign(
                        other, client.postJson(ENGINE + "/filter/" + id + "/list?maxResults=2000",
                                "{\"tenantIdIn\":[\"" + other.authorityId() + "\"],\"processInstanceBusinessKey\":\""
                                        + other.ids().get("case") + "\"}"))));
                cells.add(DynamicTest.dynamicTest(name + "POST count narrowed to the other authority", () -> {
                    HttpApi.Response count = client.postJson(ENGINE + "/filter/" + id + "/count",
                            "{\"candidateGroup\":\"" + other.authorityId() + "-sachbearbeitung\"}");
                    assertThat(count.status()).as(count.text()).isEqualTo(200);
                    assertThat(count.text()).isEqualTo("{\"count\":0}");
                }));
            }
            return cells.stream();
        });
    }

    private static void assertNothingForeign(TenantCases other, HttpApi.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(other.foundIn(response.text())).as("leaks %s", response.text()).isEmpty();
    }

    /** Instance counts per process definition: never more than the viewer's own authority has running. */
    @Test
    @Order(4)
    void processDefinitionStatisticsCountOnlyOwnInstances() {
        for (Viewer viewer : viewers) {
            JsonNode statistics = TenantCases.okJson(citizen.as(viewer.user(), viewer.password())
                    .get(ENGINE + "/process-definition/statistics?incidents=true"));
            long counted = 0;
            long incidents = 0;
            for (JsonNode entry : statistics) {
                if ("ozg-10173".equals(entry.get("definition").get("key").asText())) {
                    counted += entry.get("instances").asLong();
                    for (JsonNode incident : entry.get("incidents")) {
                        incidents += incident.get("incidentCount").asLong();
                    }
                }
            }
            long own = runtimeService.createProcessInstanceQuery().processDefinitionKey("ozg-10173")
                    .tenantIdIn(viewer.own().authorityId()).count();
            long ownIncidents = runtimeService.createIncidentQuery().tenantIdIn(viewer.own().authorityId()).count();
            assertThat(counted).as("%s: running Bewohnerparkausweis instances counted", viewer).isLessThanOrEqualTo(own);
            assertThat(incidents).as("%s: incidents counted", viewer).isLessThanOrEqualTo(ownIncidents);
        }
    }

    @TestFactory
    @Order(5)
    Stream<DynamicTest> projectReadsOfTheOtherAuthorityAreDenied() {
        return viewers.stream().flatMap(viewer -> {
            HttpApi client = citizen.as(viewer.user(), viewer.password());
            // the same calls with the webapp login, as the "Akte" tab and the task form's link make them
            WebappSession[] session = new WebappSession[1];
            TenantCases other = viewer.other();
            return PROJECT_READS.stream().map(cell -> DynamicTest.dynamicTest(viewer + ": " + cell.mapping(), () -> {
                String path = other.resolve(cell.path());
                HttpApi.Response asAdmin = admin.get(path);
                assertThat(asAdmin.status()).as("admin %s: %s", path, asAdmin.text()).isEqualTo(200);
                HttpApi.Response response = client.get(path);
                assertThat(response.status()).as("%s %s: %s", viewer, path, response.text()).isIn(403, 404);
                assertThat(other.foundIn(response.text(), path)).as("%s %s leaks", viewer, path).isEmpty();
                if (session[0] == null) {
                    session[0] = WebappSession.loginTo(port, viewer.webapp(), viewer.user(), viewer.password());
                }
                var withLogin = session[0].get(path);
                assertThat(withLogin.statusCode()).as("%s %s with webapp login: %s", viewer, path, withLogin.body())
                        .isIn(403, 404);
                assertThat(other.foundIn(withLogin.body(), path)).as("%s %s leaks", viewer, path).isEmpty();
            }));
        });
    }

    /** Jena's absence (jena.sb away, jena.sb2 stands in) is neither visible to Erfurt nor cancellable by it. */
    @Test
    @Order(6)
    void absencesOfTheOtherAuthorityAreInvisibleAndUntouchable() {
        HttpApi jenaClerk = citizen.as("jena.sb", "Jena-Demo-1");
        HttpApi erfurtClerk = citizen.as("erfurt.sb", "Erfurt-Demo-1");
        String absence = "{\"userId\":\"jena.sb\",\"substituteId\":\"jena.sb2\",\"from\":\"2099-03-02\",\"to\":\"2099-03-03\"}";
        JsonNode created = TenantCases.okJson(jenaClerk.send("POST", "/api/v1/clerk/absences", "application/json",
                absence.getBytes(StandardCharsets.UTF_8), ScriptedRequestFilter.SCRIPTED_REQUEST_HEADER, "1"));
        String id = created.get("id").asText();
        try {
            HttpApi.Response list = erfurtClerk.get("/api/v1/clerk/absences");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.text()).doesNotContain("jena.sb", "ags-16053000");
            HttpApi.Response cancel = erfurtClerk.send("DELETE", "/api/v1/clerk/absences/" + id, null, null,
                    ScriptedRequestFilter.SCRIPTED_REQUEST_HEADER, "1");
            assertThat(cancel.status()).as(cancel.text()).isIn(403, 404);
            HttpApi.Response forJena = erfurtClerk.send("POST", "/api/v1/clerk/absences", "application/json",
                    absence.replace("2099-03-02", "2099-04-01").replace("2099-03-03", "2099-04-02")
                            .getBytes(StandardCharsets.UTF_8), ScriptedRequestFilter.SCRIPTED_REQUEST_HEADER, "1");
            assertThat(forJena.status()).as(forJena.text()).isBetween(400, 499);
            assertThat(TenantCases.okJson(jenaClerk.get("/api/v1/clerk/absences")).toString())
                    .contains("\"id\":" + id).doesNotContain("2099-04-01");
        } finally {
            TenantCases.ok(jenaClerk.send("DELETE", "/api/v1/clerk/absences/" + id, null, null,
                    ScriptedRequestFilter.SCRIPTED_REQUEST_HEADER, "1"));
        }
    }

    @Test
    @Order(7)
    void statisticsShowOnlyTheOwnAuthority() {
        for (Viewer viewer : viewers) {
            HttpApi client = citizen.as(viewer.user(), viewer.password());
            HttpApi.Response land = client.get("/api/v1/statistics/land");
            assertThat(land.status()).as("%s land statistics", viewer).isEqualTo(403);
            HttpApi.Response page = client.get("/statistik");
            assertThat(page.status()).as("%s /statistik", viewer).isEqualTo(200);
            assertThat(page.text()).contains(authorityName(viewer.own())).doesNotContain(authorityName(viewer.other()));
        }
    }

    private static String authorityName(TenantCases cases) {
        return cases.authorityId().equals("ags-16051000") ? "Stadt Erfurt" : "Stadt Jena";
    }

    /** State of the other authority's objects that a refused write must leave as it was. */
    record Snapshot(String status, String advancedStatus, Map<String, Object> variables, Map<String, Object> localVariables,
                    String task, int comments, int attachments, int identityLinks, boolean suspended, String incident,
                    String job, String filter) {
    }

    private Snapshot snapshot(TenantCases cases) {
        Map<String, String> ids = cases.ids();
        Task task = taskService.createTaskQuery().taskId(ids.get("task")).singleResult();
        Incident incident = runtimeService.createIncidentQuery().incidentId(ids.get("incident")).singleResult();
        Job job = managementService.createJobQuery().jobId(ids.get("job")).singleResult();
        Filter filter = filterService.getFilter(ids.get("filter"));
        return new Snapshot(cases.status(ids.get("case")), cases.status(ids.get("advancedCase")),
                runtimeService.getVariables(ids.get("pi")),
                task == null ? null : taskService.getVariablesLocal(task.getId()),
                task == null ? null : task.getName() + "|" + task.getAssignee() + "|" + task.getOwner() + "|"
                        + task.getPriority() + "|" + task.getDelegationState(),
                taskService.getTaskComments(ids.get("task")).size(), taskService.getTaskAttachments(ids.get("task")).size(),
                task == null ? -1 : taskService.getIdentityLinksForTask(task.getId()).size(),
                runtimeService.createProcessInstanceQuery().processInstanceId(ids.get("pi")).suspended().count() > 0,
                incident == null ? null : incident.getId() + "|" + incident.getAnnotation(),
                job == null ? null : job.getRetries() + "|" + job.getDuedate() + "|" + job.isSuspended(),
                filter == null ? null : filter.getName() + "|" + filter.getOwner() + "|" + filter.getProperties());
    }

    @TestFactory
    @Order(10)
    Stream<DynamicTest> writesToTheOtherAuthorityAreRefusedAndChangeNothing() {
        return viewers.stream().flatMap(viewer -> {
            HttpApi client = citizen.as(viewer.user(), viewer.password());
            TenantCases other = viewer.other();
            List<DynamicTest> cells = new ArrayList<>();
            for (Write write : ENGINE_WRITES) {
                String key = write.method() + " " + write.path();
                cells.add(DynamicTest.dynamicTest(viewer + ": " + write.method() + " " + ENGINE + write.path(), unlessKnownHole(key, () -> {
                    other.restoreAttachment(admin, taskService);
                    String path = ENGINE + other.resolve(write.path());
                    Snapshot previous = snapshot(other);
                    HttpApi.Response response = write.method().equals("ATTACH")
                            ? TenantCases.attach(client, other.ids().get("task"), "Gekapert")
                            : client.send(write.method(), path, write.body() == null ? null : "application/json",
                            write.body() == null ? null : body(write, viewer, other));
                    SoftAssertions refused = new SoftAssertions();
                    refused.assertThat(response.status()).as("%s %s %s: %s", viewer, write.method(), path, response.text())
                            .isBetween(400, 499);
                    refused.assertThat(other.foundIn(response.text(), path)).as("answer leaks %s", response.text()).isEmpty();
                    refused.assertThat(snapshot(other)).as("changed by %s %s", write.method(), path).isEqualTo(previous);
                    refused.assertAll();
                })));
            }
            WebappSession[] session = new WebappSession[1];
            for (Write write : WEBAPP_WRITES) {
                cells.add(DynamicTest.dynamicTest(viewer + ": " + write.method() + " " + WEBAPP_ENGINE + write.path(), () -> {
                    if (session[0] == null) {
                        session[0] = WebappSession.loginTo(port, viewer.webapp(), viewer.user(), viewer.password());
                    }
                    String path = WEBAPP_ENGINE + other.resolve(write.path());
                    Snapshot previous = snapshot(other);
                    var response = session[0].send(write.method(), path,
                            new String(body(write, viewer, other), StandardCharsets.UTF_8));
                    SoftAssertions refused = new SoftAssertions();
                    refused.assertThat(response.statusCode()).as("%s %s %s: %s", viewer, write.method(), path,
                            response.body()).isBetween(400, 499);
                    refused.assertThat(snapshot(other)).as("changed by %s %s", write.method(), path).isEqualTo(previous);
                    refused.assertAll();
                }));
            }
            return cells.stream();
        });
    }

    private static byte[] body(Write write, Viewer viewer, TenantCases other) {
        return other.resolve(write.body().replace("{attacker}", viewer.user())).getBytes(StandardCharsets.UTF_8);
    }

    /** Internal notes of the other authority's case: neither through the API nor through the page's form. */
    @Test
    @Order(11)
    void notesOnTheOtherAuthoritysCaseAreRefused() {
        for (Viewer viewer : viewers) {
            HttpApi client = citizen.as(viewer.user(), viewer.password());
            String otherCase = viewer.other().ids().get("case");
            int notesBefore = TenantCases.okJson(viewer.other().clerk().get("/api/v1/cases/" + otherCase + "/notes")).size();
            HttpApi.Response api = client.send("POST", "/api/v1/cases/" + otherCase + "/notes", "application/json",
                    "{\"text\":\"Gekapert\"}".getBytes(StandardCharsets.UTF_8), ScriptedRequestFilter.SCRIPTED_REQUEST_HEADER, "1");
            assertThat(api.status()).as("%s: %s", viewer, api.text()).isIn(403, 404);
            // a valid CSRF token the attacker holds: from the page of a case of the own authority
            String token = client.get("/akte/" + viewer.own().ids().get("case")).text()
                    .replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            HttpApi.Response form = client.post("/akte/" + otherCase + "/notizen", "application/x-www-form-urlencoded",
                    ("text=Gekapert&_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(form.status()).as("%s: %s", viewer, form.text()).isIn(403, 404);
            assertThat(TenantCases.okJson(viewer.other().clerk().get("/api/v1/cases/" + otherCase + "/notes")))
                    .hasSize(notesBefore);
        }
    }

    /** Nobody takes the other authority's case away from it by "forwarding" it, not even to herself. */
    @Test
    @Order(12)
    void theOtherAuthoritysCaseCannotBeForwarded() {
        for (Viewer viewer : viewers) {
            HttpApi client = citizen.as(viewer.user(), viewer.password());
            String otherCase = viewer.other().ids().get("case");
            String ownAuthority = viewer.own().authorityId();
            HttpApi.Response forwarding = client.send("POST", "/api/v1/cases/" + otherCase + "/forwarding",
                    "application/json", ("{\"authorityId\":\"" + ownAuthority + "\",\"reason\":\"Gekapert\"}")
                            .getBytes(StandardCharsets.UTF_8), ScriptedRequestFilter.SCRIPTED_REQUEST_HEADER, "1");
            assertThat(forwarding.status()).as("%s: %s", viewer, forwarding.text()).isIn(403, 404);
            String token = client.get("/akte/" + viewer.own().ids().get("case")).text()
                    .replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
            HttpApi.Response form = client.post("/akte/" + otherCase + "/weiterleiten", "application/x-www-form-urlencoded",
                    ("authorityId=" + ownAuthority + "&reason=Gekapert&_csrf="
                            + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            assertThat(form.status()).as("%s: %s", viewer, form.text()).isIn(403, 404);
            assertThat(TenantCases.okJson(viewer.other().clerk().get("/api/v1/cases/" + otherCase)).toString())
                    .as("still the other authority's").doesNotContain(ownAuthority + "\"");
        }
    }

    /** A new endpoint of the project must be attacked here or listed with its reason as public. */
    @Test
    @Order(20)
    void everyProjectEndpointIsInTheMatrixOrListedAsPublic() {
        Set<String> classified = new TreeSet<>(EndpointsOutsideTheTenantMatrix.REASONS.keySet());
        PROJECT_READS.forEach(read -> classified.add(read.mapping()));
        classified.addAll(PROJECT_DEDICATED);
        Set<String> unclassified = new TreeSet<>();
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("*")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    String key = method + " " + pattern;
                    mapped.add(key);
                    if (!classified.contains(key)) {
                        unclassified.add(key);
                    }
                }
            }
        }
        assertThat(unclassified).as("endpoints neither in the tenant matrix nor in EndpointsOutsideTheTenantMatrix")
                .isEmpty();
        Set<String> stale = new TreeSet<>(classified);
        stale.removeAll(mapped);
        assertThat(stale).as("classified endpoints that no longer exist").isEmpty();
    }
}
