package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where the place of the matter decides (business premises, plot …), the authority of that place handles the case
 * wherever the applicant lives, also outside Thüringen; where the residence decides, an address outside Thüringen is
 * told kindly that another Land is competent. The portal asks for the right place.
 */
@H2ApplicationTest
class PlaceOfMatterIT {

    /** Tätigkeitsanzeige und -erlaubnis: GEMEINDE, place BETRIEBSSTAETTE. */
    private static final String PREMISES_SERVICE = "10293";

    @LocalServerPort
    int port;

    @Test
    void aLeipzigResidentRegistersHerErfurtPremisesWithErfurt() {
        HttpApi.Response response = new HttpApi(port).postJson("/api/v1/applications",
                application(PREMISES_SERVICE, "16051000", "04109", "Leipzig"));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.json().get("caseNumber").asText()).startsWith("ERF-");
    }

    @Test
    void whereTheResidenceDecidesAnAddressOutsideThuringiaIsSentToItsOwnLand() {
        Map<String, Object> parking = TestData.parkingPermitErfurt("Leipzigerin");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) parking.get("data");
        data.put("postalCode", "04109");
        data.put("city", "Leipzig");
        HttpApi.Response response = new HttpApi(port).postJson("/api/v1/applications", parking);
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        JsonNode error = response.json().get("fieldErrors").get(0);
        assertThat(error.get("code").asText()).isEqualTo("RESIDENCE_OUTSIDE_THURINGIA");
        assertThat(error.get("message").asText()).contains("nicht in Thüringen").contains("Wohnsitz");
    }

    @Test
    void thePortalAsksForThePlaceThatDecides() {
        HttpApi portal = new HttpApi(port);
        assertThat(portal.get("/portal/leistungen/" + PREMISES_SERVICE).text()).contains("Ort der Betriebsstätte");
        assertThat(portal.get("/portal/leistungen/10173").text()).contains("Postleitzahl oder Wohnort");
    }

    private static Map<String, Object> application(String serviceId, String municipality, String postalCode, String city) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("firstName", "Lea");
        data.put("lastName", "Leipziger");
        data.put("street", "Markt");
        data.put("houseNumber", "1");
        data.put("postalCode", postalCode);
        data.put("city", city);
        data.put("request", "Anzeige meiner Tätigkeit in der Betriebsstätte Erfurt, Anger 5.");
        data.put("declarationTruthful", true);
        return Map.of("serviceId", serviceId, "municipality", municipality, "data", data);
    }
}
