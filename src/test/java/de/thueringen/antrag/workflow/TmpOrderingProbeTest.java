package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TmpOrderingProbeTest {
    @RegisterExtension
    ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @Test
    void probe() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("probe").camundaHistoryTimeToLive(1)
                .startEvent().userTask("before")
                .subProcess("sub").camundaInputParameter("due", "${'2030-01-01T00:00:00'}")
                .embeddedSubProcess().startEvent("innerStart").camundaExecutionListenerExpression("start", "${execution.setVariable('jobsAtInnerStart', execution.getJobs().size())}").userTask("work").endEvent().subProcessDone()
                .endEvent()
                .moveToActivity("sub").boundaryEvent("timer").timerWithDate("${due}").endEvent("late")
                .done();
        extension.getRepositoryService().createDeployment().addModelInstance("probe.bpmn", model).deploy();
        String pi = extension.getRuntimeService().startProcessInstanceByKey("probe").getId();
        extension.getTaskService().complete(extension.getTaskService().createTaskQuery().singleResult().getId());
        Job job = extension.getManagementService().createJobQuery().processInstanceId(pi).singleResult();
        System.out.println("PROBE job due " + job.getDuedate() + " jobs at inner start " + extension.getRuntimeService().getVariable(pi, "jobsAtInnerStart"));
    }
}
