package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Verwaltungsgemeinschaft is one tenant for all its member municipalities: its clerk works the municipal cases of
 * every member, and nothing of a neighbouring municipality that belongs to another acting authority.
 */
@H2ApplicationTest
class VerwaltungsgemeinschaftTenantIT {

    private static final String VG_LINDENBERG = "vg-160615001";

    @LocalServerPort
    int port;

    HttpApi citizen;
    HttpApi vgClerk;
    String teistungenCase;
    String berlingerodeCase;
    String asbachCase;

    @BeforeEach
    void casesInTwoMembersAndOneNeighbour() {
        citizen = new HttpApi(port);
        vgClerk = citizen.as("lindenberg.sb", "Lindenberg-Demo-1");
        teistungenCase = submit("16061114", "37339", "Teistungen", "Teistunger");
        berlingerodeCase = submit("16061003", "37339", "Berlingerode", "Berlingeröder");
        // Asbach-Sickenberg has assigned its tasks to the erfüllende Gemeinde Uder, not to the VG
        asbachCase = submit("16061002", "37318", "Asbach-Sickenberg", "Asbacher");
    }

    private String submit(String ags, String postalCode, String city, String lastName) {
        HttpApi.Response response = citizen.postJson("/api/v1/applications",
                TestData.parkingPermit(ags, postalCode, city, "Ina", lastName));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("caseNumber").asText();
    }

    @Test
    void membersCasesGoToTheVerwaltungsgemeinschaft() {
        assertThat(teistungenCase).startsWith("VG06101-");
        assertThat(berlingerodeCase).startsWith("VG06101-");
        assertThat(citizen.postJson("/api/v1/applications",
                TestData.parkingPermit("16061114", "37339", "Teistungen", "Ina", "Quittung")).json()
                .get("authority").asText()).isEqualTo("Verwaltungsgemeinschaft Lindenberg/Eichsfeld");
        assertThat(asbachCase).startsWith("UDR-");
    }

    @Test
    void theVgClerkSeesTheCasesOfAllMembersAndNothingElse() {
        for (String caseNumber : new String[] {teistungenCase, berlingerodeCase}) {
            JsonNode tasks = vgClerk.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&maxResults=5").json();
            assertThat(tasks).as(caseNumber).hasSize(1);
            assertThat(tasks.get(0).get("tenantId").asText()).isEqualTo(VG_LINDENBERG);
            assertThat(vgClerk.get("/api/v1/cases/" + caseNumber).status()).isEqualTo(200);
        }
        JsonNode all = vgClerk.get("/engine-rest/task?maxResults=500").json();
        assertThat(all).isNotEmpty().allSatisfy(task -> assertThat(task.get("tenantId").asText()).isEqualTo(VG_LINDENBERG));
        assertThat(vgClerk.get("/engine-rest/task?processInstanceBusinessKey=" + asbachCase + "&maxResults=5").json()).isEmpty();
        assertThat(vgClerk.get("/api/v1/cases/" + asbachCase).status()).isEqualTo(403);
        // the Landratsamt of the same Kreis does not see the municipal cases either
        HttpApi landratsamt = citizen.as("eichsfeld.sb", "Eichsfeld-Demo-1");
        assertThat(landratsamt.get("/api/v1/cases/" + teistungenCase).status()).isEqualTo(403);
    }
}
