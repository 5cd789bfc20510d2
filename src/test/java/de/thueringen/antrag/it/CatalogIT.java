package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The catalogue offers every service of the OZG catalogue we have data for, and a random sample of them works
 * end to end: a submission starts the process, a clerk of the responsible authority gets the first task, and the
 * case reaches a notice. The sample's seed is printed; repeat a run with {@code -Dcatalog.sample.seed=…}.
 */
@H2ApplicationTest
class CatalogIT {

    /** Services with a form of their own (their fields need their own test data; covered elsewhere). */
    private static final Set<String> FLAGSHIPS = Set.of("10000", "10092", "10160", "10173", "10294", "10519", "10559", "10562");
    /** Whatever a clerk form asks, the answer that lets the application pass: complete, confirmed, approved, free. */
    private static final String APPROVING_ANSWERS = """
            {"formalCheckOutcome":{"value":"complete"},"documentsMissing":{"value":false},"reviewPassed":{"value":true},
             "checkOutcome":{"value":"confirm"},"approved":{"value":true},"feeAmount":{"value":0},
             "secondOpinionAgrees":{"value":true}}""";

    @LocalServerPort
    int port;
    HttpApi citizen;

    @BeforeEach
    void client() {
        citizen = new HttpApi(port);
    }

    @Test
    void catalogueListsAll559ServicesAndFindsThem() {
        JsonNode all = citizen.get("/api/v1/services").json();
        assertThat(all.get("total").asInt()).isEqualTo(559);
        assertThat(all.get("services")).extracting(s -> s.get("ozgId").asText()).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(Integer.parseInt(id)).isBetween(10000, 10601));
        assertThat(all.get("services")).allSatisfy(s -> {
            assertThat(s.get("themenfeld").asText()).isNotBlank();
            assertThat(s.get("level").asText()).isIn("GEMEINDE", "KREIS", "LAND", "EXTERN");
            assertThat(s.get("jurisdictionPlace").asText()).isNotBlank();
            assertThat(s.get("jurisdictionSource").asText()).isNotBlank();
            boolean external = "EXTERN".equals(s.get("level").asText());
            assertThat(s.hasNonNull("competentBody")).as(s.get("ozgId") + " competentBody").isEqualTo(external);
            assertThat(s.hasNonNull("competentUrl")).as(s.get("ozgId") + " competentUrl").isEqualTo(external);
            assertThat(s.get("archetype").asText()).isIn("GENEHMIGUNG", "ANZEIGE", "BESCHEINIGUNG", "LEISTUNG");
        });
        assertThat(ids(citizen.get("/api/v1/services?q=f%C3%BChrungszeugnis").json())).contains("10562");
        assertThat(ids(citizen.get("/api/v1/services?q=fuehrungszeugnis").json())).contains("10562");
        assertThat(ids(citizen.get("/api/v1/services?leika=99108001001000").json())).containsExactly("10173");
        assertThat(ids(citizen.get("/api/v1/services?ozgId=10160").json())).containsExactly("10160");
        JsonNode family = citizen.get("/api/v1/services?themenfeld=Familie%20%26%20Kind").json();
        assertThat(family.get("total").asInt()).isPositive().isLessThan(559);
        assertThat(family.get("services")).allSatisfy(s -> assertThat(s.get("themenfeld").asText()).isEqualTo("Familie & Kind"));
        assertThat(citizen.get("/api/v1/services/99999").status()).isEqualTo(404);
    }

    @Test
    void randomSampleOfServicesGoesFromSubmissionToNotice() {
        long seed = Long.getLong("catalog.sample.seed", System.nanoTime());
        Random random = new Random(seed);
        List<JsonNode> sample = sample(citizen.get("/api/v1/services").json().get("services"), random);
        System.out.println("CatalogIT sample (seed " + seed + "): "
                + sample.stream().map(s -> s.get("ozgId").asText() + " " + s.get("archetype").asText()).toList());

        for (JsonNode service : sample) {
            String ozgId = service.get("ozgId").asText();
            boolean land = "LAND".equals(service.get("level").asText());
            HttpApi clerk = land ? citizen.as("land.sb", "Land-Demo-1") : citizen.as("erfurt.sb", "Erfurt-Demo-1");
            HttpApi.Response submitted = citizen.postJson("/api/v1/applications", genericApplication(ozgId));
            assertThat(submitted.status()).as(ozgId + ": " + submitted.text()).isEqualTo(201);
            String caseNumber = submitted.json().get("caseNumber").asText();
            assertThat(caseNumber).as(ozgId).startsWith(land ? "TLV-" : "ERF-");
            String trackingUrl = submitted.json().get("trackingUrl").asText();

            JsonNode first = awaitTask(clerk, caseNumber, trackingUrl);
            assertThat(first).as(ozgId + ": first task for the responsible clerk").isNotNull();
            assertThat(first.get("tenantId").asText()).isEqualTo(land ? "land-thueringen" : "ags-16051000");
            JsonNode task = first;
            for (int step = 0; task != null && step < 8; step++) {
                HttpApi.Response done = clerk.postJson("/engine-rest/task/" + task.get("id").asText() + "/complete",
                        "{\"variables\":" + APPROVING_ANSWERS + "}");
                assertThat(done.status()).as(ozgId + " " + task.get("name").asText() + ": " + done.text()).isEqualTo(204);
                task = awaitTask(clerk, caseNumber, trackingUrl);
            }
            JsonNode view = citizen.get(trackingUrl).json();
            assertThat(view.get("status").asText()).as(ozgId + " " + view).isEqualTo("GENEHMIGT");
            assertThat(view.get("documents")).as(ozgId).anySatisfy(d ->
                    assertThat(d.path("noticeKind").asText()).isEqualTo("APPROVAL"));
        }
    }

    /** One service of each archetype and two more, from the services with the generic form. */
    private static List<JsonNode> sample(JsonNode services, Random random) {
        Map<String, List<JsonNode>> byArchetype = new LinkedHashMap<>();
        List<JsonNode> generic = new ArrayList<>();
        for (JsonNode service : services) {
            // external services take no application here (ExternalServiceIT)
            if (!FLAGSHIPS.contains(service.get("ozgId").asText()) && !"EXTERN".equals(service.get("level").asText())) {
                generic.add(service);
                byArchetype.computeIfAbsent(service.get("archetype").asText(), a -> new ArrayList<>()).add(service);
            }
        }
        List<JsonNode> sample = new ArrayList<>();
        byArchetype.values().forEach(list -> sample.add(list.get(random.nextInt(list.size()))));
        for (int i = 0; i < 2; i++) {
            sample.add(generic.get(random.nextInt(generic.size())));
        }
        return sample;
    }

    private static Map<String, Object> genericApplication(String ozgId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("firstName", "Erika");
        data.put("lastName", "Stichprobe");
        data.put("street", "Anger");
        data.put("houseNumber", "1");
        data.put("postalCode", "99084");
        data.put("city", "Erfurt");
        data.put("request", "Bitte bearbeiten Sie meinen Antrag.");
        data.put("declarationTruthful", true);
        return Map.of("serviceId", ozgId, "municipality", "16051000", "data", data);
    }

    /** The case's open task, or null once the case is closed (asynchronous steps run in between). */
    private JsonNode awaitTask(HttpApi clerk, String caseNumber, String trackingUrl) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode tasks = clerk.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=5").json();
            if (tasks.size() > 0) {
                return tasks.get(0);
            }
            HttpApi.Response view = citizen.get(trackingUrl);
            if (view.status() == 200 && Set.of("GENEHMIGT", "ABGELEHNT", "EINGESTELLT").contains(view.json().get("status").asText())) {
                return null;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Neither a task nor the end for " + caseNumber);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("services").forEach(s -> ids.add(s.get("ozgId").asText()));
        return ids;
    }
}
