package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A service the federation executes (Kindergeld: Familienkasse, § 67 EStG) stays in the catalogue and the portal, but
 * no authority here accepts it: the API refuses with 422 naming the Familienkasse, no process starts, and the portal
 * page hands the citizen over to the Familienkasse's online service instead of offering a form.
 */
@H2ApplicationTest
class ExternalServiceIT {

    private static final String KINDERGELD = "10005";
    private static final String FAMILIENKASSE_URL = "https://www.arbeitsagentur.de/familie-und-kinder";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    HttpApi citizen;

    @BeforeEach
    void client() {
        citizen = new HttpApi(port);
    }

    @Test
    void theSubmissionIsRefusedWithTheCompetentBodyAndStartsNoProcess() {
        Map<String, Object> data = Map.of("firstName", "Erika", "lastName", "Muster", "street", "Anger",
                "houseNumber", "1", "postalCode", "99084", "city", "Erfurt", "request", "Kindergeld für Paul",
                "declarationTruthful", true);

        HttpApi.Response answer = citizen.postJson("/api/v1/applications",
                Map.of("serviceId", KINDERGELD, "municipality", "16051000", "data", data));

        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        JsonNode problem = answer.json();
        assertThat(problem.get("code").asText()).isEqualTo("EXTERNAL_SERVICE");
        assertThat(problem.get("message").asText()).contains("Kindergeld", "Familienkasse", FAMILIENKASSE_URL);
        assertThat(problem.get("competentBody").asText()).contains("Familienkasse");
        assertThat(problem.get("competentUrl").asText()).isEqualTo(FAMILIENKASSE_URL);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ozg-" + KINDERGELD).count())
                .isZero();
    }

    @Test
    void theCatalogueNamesTheCompetentBodyAndItsOnlineService() {
        JsonNode service = citizen.get("/api/v1/services/" + KINDERGELD).json();

        assertThat(service.get("level").asText()).isEqualTo("EXTERN");
        assertThat(service.get("competentBody").asText()).contains("Familienkasse");
        assertThat(service.get("competentUrl").asText()).isEqualTo(FAMILIENKASSE_URL);
        assertThat(service.get("jurisdictionSource").asText()).contains("EStG");
        assertThat(service.get("jurisdictionPlace").asText()).isEqualTo("WOHNSITZ");
        assertThat(ids(citizen.get("/api/v1/services?q=kindergeld").json())).contains(KINDERGELD);
    }

    @Test
    void thePortalPageHandsOverInsteadOfOfferingAForm() {
        HttpApi.Response page = citizen.get("/portal/leistungen/" + KINDERGELD);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Diesen Antrag stellen Sie bei einer anderen Stelle", "Familienkasse",
                "href=\"" + FAMILIENKASSE_URL + "\"", "EStG");
        assertThat(page.text()).doesNotContain("Antrag online stellen", "Postleitzahl oder Wohnort");
        assertThat(citizen.get("/portal/formulare/" + KINDERGELD + ".json").status()).isEqualTo(422);
    }

    private static java.util.List<String> ids(JsonNode page) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        page.get("services").forEach(s -> ids.add(s.get("ozgId").asText()));
        return ids;
    }
}
