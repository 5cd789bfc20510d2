package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Platform-owned variables are read-only for people on every engine path, even for an administrator: task completion,
 * form submission, variable endpoints, removal, message payloads, process modification. What a form shows read-only
 * and sends back unchanged passes; the citizen's submitted data may not be changed. Deployed models reach only the
 * documented building blocks, and scripts are refused.
 */
@H2ApplicationTest
class PersonVariableGuardIT {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;

    String caseNumber;
    String processInstanceId;
    Task formalCheck;
    Map<String, Object> before;

    @BeforeEach
    void anErfurtCaseAtItsFormalCheck() {
        caseNumber = new HttpApi(port).postJson("/api/v1/applications", TestData.parkingPermitErfurt("Wächter")).json()
                .get("caseNumber").asText();
        processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        formalCheck = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        before = runtimeService.getVariables(processInstanceId);
    }

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void clerkCannotPointHerTaskAtAnotherCase() {
        asErfurtClerk();
        assertRefused(() -> taskService.complete(formalCheck.getId(),
                Map.of("caseId", 1L, "formalCheckPassed", false, "rejectionReason", "x")), "caseId");
        assertThat(taskService.createTaskQuery().taskId(formalCheck.getId()).count()).isOne();
        assertUnchanged();
    }

    @Test
    void clerkCannotRewriteWhoDecidedOrTheAuthority() {
        asErfurtClerk();
        assertRefused(() -> taskService.setVariable(formalCheck.getId(), "decidedBy", "jemand.anderes"), "decidedBy");
        assertRefused(() -> taskService.setVariables(formalCheck.getId(), Map.of("authorityId", "ags-16053000")), "authorityId");
        assertRefused(() -> taskService.setVariableLocal(formalCheck.getId(), "caseNumber", "JEN-2026-000001"), "caseNumber");
        assertRefused(() -> taskService.removeVariable(formalCheck.getId(), "caseId"), "caseId");
        assertRefused(() -> ((org.camunda.bpm.engine.impl.TaskServiceImpl) taskService).updateVariables(formalCheck.getId(), Map.of(), List.of("processingDeadline")),
                "processingDeadline");
        assertUnchanged();
    }

    @Test
    void clerkCannotChangeWhatTheCitizenSubmitted() {
        asErfurtClerk();
        assertRefused(() -> taskService.complete(formalCheck.getId(), Map.of("street", "Andere Straße",
                "formalCheckPassed", true)), "street");
        assertUnchanged();
    }

    @Test
    void readOnlyFieldsSentBackUnchangedPass() {
        asErfurtClerk();
        taskService.complete(formalCheck.getId(), Map.of(
                "applicantName", before.get("applicantName"),
                "street", before.get("street"),
                "postalCode", before.get("postalCode"),
                "formalCheckPassed", true));
        identityService.clearAuthentication();
        assertThat(taskService.createTaskQuery().taskId(formalCheck.getId()).count()).isZero();
        assertThat(runtimeService.getVariable(processInstanceId, "formalCheckPassed")).isEqualTo(true);
    }

    @Test
    void evenAnAdministratorCannotRewritePlatformVariablesOnAnyPath() {
        identityService.setAuthentication("admin", List.of(Groups.CAMUNDA_ADMIN));
        assertRefused(() -> runtimeService.setVariable(processInstanceId, "authorityId", "ags-16053000"), "authorityId");
        assertRefused(() -> runtimeService.removeVariables(processInstanceId, List.of("caseId")), "caseId");
        assertRefused(() -> runtimeService.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity("Task_FormalCheck").setVariable("caseId", 1L).execute(), "caseId");
        assertRefused(() -> runtimeService.createMessageCorrelation("irgendeineNachricht")
                .processInstanceId(processInstanceId).setVariable("caseNumber", "X").correlateAll(), "caseNumber");
        assertRefused(() -> runtimeService.setVariablesAsync(List.of(processInstanceId), Map.of("serviceId", "10000")),
                "serviceId");
        assertUnchanged();
    }

    @Test
    void platformCodeStillWritesItsVariables() {
        // no person authenticated: intake, delegates and jobs are the platform
        runtimeService.setVariable(processInstanceId, "paymentSettled", true);
        assertThat(runtimeService.getVariable(processInstanceId, "paymentSettled")).isEqualTo(true);
    }

    @Test
    void expressionsReachOnlyTheBuildingBlocks() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("angriff-bean")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask().camundaExpression("${caseFileService.require(1)}")
                .endEvent().done();
        String deployment = repositoryService.createDeployment().addModelInstance("angriff-bean.bpmn", model)
                .tenantId("ags-16051000").deploy().getId();
        try {
            assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("angriff-bean"))
                    .hasMessageContaining("caseFileService");
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void deploymentWithAScriptIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("angriff-skript")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .scriptTask().scriptFormat("juel").scriptText("${1}")
                .endEvent().done();
        assertThatThrownBy(() -> repositoryService.createDeployment()
                .addModelInstance("angriff-skript.bpmn", model).deploy())
                .hasMessageContaining("Skripte sind auf dieser Plattform nicht zugelassen");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("angriff-skript").count()).isZero();
    }

    private void asErfurtClerk() {
        identityService.setAuthentication("erfurt.sb", List.of("ags-16051000-sachbearbeitung", "rolle-sachbearbeitung"),
                List.of("ags-16051000"));
    }

    private static void assertRefused(Runnable attempt, String variable) {
        assertThatThrownBy(attempt::run).isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("können nicht geändert werden").hasMessageContaining(variable);
    }

    private void assertUnchanged() {
        identityService.clearAuthentication();
        assertThat(runtimeService.getVariables(processInstanceId)).isEqualTo(before);
    }
}
