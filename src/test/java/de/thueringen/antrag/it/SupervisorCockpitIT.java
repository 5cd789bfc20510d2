package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.thueringen.antrag.casefile.AuditEntry;
import de.thueringen.antrag.casefile.CaseFileService;

/** Team leads supervise their authority's cases in Cockpit, and only those; clerks have no Cockpit. */
@H2ApplicationTest
class SupervisorCockpitIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CaseFileService caseFiles;

    @Test
    void jenaLeadSeesJenaInstancesInCockpitAndNothingOfErfurt() throws Exception {
        HttpApi citizen = new HttpApi(port);
        String jenaCase = citizen.postJson("/api/v1/applications", TestData.parkingPermitJena("Aufsicht")).json().get("caseNumber").asText();
        String erfurtCase = citizen.postJson("/api/v1/applications", TestData.parkingPermitErfurt("Fremd")).json().get("caseNumber").asText();
        String erfurtInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(erfurtCase)
                .processDefinitionKey("ozg-10173").singleResult().getId();

        WebappSession cockpit = WebappSession.loginTo(port, "cockpit", "jena.leitung", "Jena-Demo-1");
        HttpResponse<String> instances = cockpit.get("/camunda/api/engine/engine/default/process-instance?maxResults=500");
        assertThat(instances.statusCode()).isEqualTo(200);
        JsonNode list = new ObjectMapper().readTree(instances.body());
        assertThat(list).isNotEmpty().allSatisfy(i -> assertThat(i.get("tenantId").asText()).isEqualTo("ags-16053000"));
        assertThat(list).anySatisfy(i -> assertThat(i.get("businessKey").asText()).isEqualTo(jenaCase));
        assertThat(cockpit.get("/camunda/api/engine/engine/default/process-instance/" + erfurtInstance).statusCode()).isEqualTo(404);
        JsonNode history = new ObjectMapper().readTree(cockpit.get(
                "/camunda/api/engine/engine/default/history/process-instance?maxResults=500").body());
        assertThat(history).isNotEmpty().allSatisfy(i -> assertThat(i.get("tenantId").asText()).isEqualTo("ags-16053000"));
    }

    @Test
    void openingACaseInCockpitIsInItsAuditTrail() {
        HttpApi citizen = new HttpApi(port);
        String jenaCase = citizen.postJson("/api/v1/applications", TestData.parkingPermitJena("Beobachtet")).json()
                .get("caseNumber").asText();
        String erfurtCase = citizen.postJson("/api/v1/applications", TestData.parkingPermitErfurt("Unbeobachtet")).json()
                .get("caseNumber").asText();
        String jenaInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(jenaCase)
                .processDefinitionKey("ozg-10173").singleResult().getId();
        String erfurtInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(erfurtCase)
                .processDefinitionKey("ozg-10173").singleResult().getId();

        WebappSession cockpit = WebappSession.loginTo(port, "cockpit", "jena.leitung", "Jena-Demo-1");
        assertThat(cockpit.get("/camunda/api/engine/engine/default/process-instance/" + jenaInstance).statusCode()).isEqualTo(200);
        assertThat(cockpit.get("/camunda/api/engine/engine/default/history/process-instance/" + erfurtInstance).statusCode())
                .isEqualTo(404);

        assertThat(reads(jenaCase)).extracting(AuditEntry::getActor, AuditEntry::getDetail)
                .containsExactly(tuple("jena.leitung", "Cockpit: Prozessinstanz " + jenaInstance));
        assertThat(reads(erfurtCase)).isEmpty();
    }

    private List<AuditEntry> reads(String caseNumber) {
        return caseFiles.auditTrail(caseFiles.findByCaseNumber(caseNumber).orElseThrow().getId()).stream()
                .filter(entry -> CaseFileService.READ_BY_STAFF.equals(entry.getAction())).toList();
    }

    @Test
    void clerksHaveNoCockpit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebappSession.loginTo(port, "cockpit", "jena.sb", "Jena-Demo-1"))
                .hasMessageContaining("Login of jena.sb failed");
    }
}
