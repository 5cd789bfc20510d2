package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine REST API answers only authenticated callers, and only camunda-admin may deploy. */
@H2ApplicationTest
class EngineRestSecurityIT {

    private static final String BOUNDARY = "----antragsmanagement-test";

    @LocalServerPort
    int port;
    HttpApi anonymous;

    @BeforeEach
    void client() {
        anonymous = new HttpApi(port);
    }

    @Test
    void unauthenticatedCallsGet401() {
        for (String path : new String[] {"/engine-rest/task", "/engine-rest/deployment", "/engine-rest/process-definition",
                "/engine-rest/user", "/engine-rest/history/process-instance"}) {
            HttpApi.Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.text()).doesNotContain("ozg-10173");
        }
        // an account of its own: the engine locks an account for a few seconds after a failed login
        assertThat(anonymous.as("eichsfeld.sb", "wrong-password").get("/engine-rest/task?maxResults=5").status()).isEqualTo(401);
    }

    /** Cases start only through intake (validation, case file, competence): not by starting a process directly. */
    @Test
    void clerkMayNotStartAServiceProcessPastIntake() {
        HttpApi clerk = anonymous.as("erfurt.sb", "Erfurt-Demo-1");
        for (String key : new String[] {"ozg-10173", "ozg-10005"}) {
            HttpApi.Response response = clerk.postJson("/engine-rest/process-definition/key/" + key + "/start",
                    "{\"variables\":{\"authorityId\":{\"value\":\"ags-16051000\"}}}");
            assertThat(response.status()).as(key + ": " + response.text()).isIn(403, 404);
        }
    }

    @Test
    void clerkMayNotDeploy() {
        HttpApi.Response response = deploy(anonymous.as("erfurt.sb", "Erfurt-Demo-1"), "clerk-attempt");
        assertThat(response.status()).as(response.text()).isEqualTo(403);
    }

    @Test
    void designerDeploysFromTheModelerWithBasicAuth() {
        HttpApi designer = anonymous.as("designer", "Modeler-Demo-1");
        HttpApi.Response response = deploy(designer, "modeler-deploy");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("deployedProcessDefinitions").toString()).contains("Process_ModelerCheck");
        assertThat(designer.get("/engine-rest/process-definition/key/Process_ModelerCheck").status()).isEqualTo(200);
    }

    /** The request the Camunda Modeler sends when a designer presses "Deploy". */
    private HttpApi.Response deploy(HttpApi as, String deploymentName) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_ModelerCheck"
                    targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="Process_ModelerCheck" name="Modeler-Prüfung" isExecutable="true"
                      camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="Event_Start"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + deploymentName
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-source\"\r\n\r\nCamunda Modeler"
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"modeler-check.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + BOUNDARY + "--\r\n";
        return as.post("/engine-rest/deployment/create", "multipart/form-data; boundary=" + BOUNDARY,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
