package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Team leads supervise their authority's cases in Cockpit, and only those; clerks have no Cockpit. */
@H2ApplicationTest
class SupervisorCockpitIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

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
    void clerksHaveNoCockpit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebappSession.loginTo(port, "cockpit", "jena.sb", "Jena-Demo-1"))
                .hasMessageContaining("Login of jena.sb failed");
    }
}
