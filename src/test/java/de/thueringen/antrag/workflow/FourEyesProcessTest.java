package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * Four-eyes decisions (process property {@code four.eyes=true}), walked on the generated Wohngeld (OZG 10092,
 * archetype LEISTUNG): after "Entscheidung" a second clerk of the same authority checks the decision in "Zweitprüfung
 * (Vier-Augen-Prinzip)"; agreement leads to the notice, disagreement back to the decision, and the person who decided
 * can neither take nor complete the second task.
 */
@Deployment(resources = {
        FourEyesProcessTest.HOUSING_BENEFIT,
        "forms/services/10092-wohngeld.form",
        AbstractArchetypeProcessTest.SHARED_DOCUMENT_REQUEST,
        AbstractArchetypeProcessTest.SHARED_DELIVER_NOTICE,
        AbstractArchetypeProcessTest.FORMAL_CHECK_FORM,
        AbstractArchetypeProcessTest.ENTITLEMENT_FORM,
        AbstractArchetypeProcessTest.DECISION_FORM,
        AbstractArchetypeProcessTest.SECOND_OPINION_FORM})
class FourEyesProcessTest extends AbstractArchetypeProcessTest {

    static final String HOUSING_BENEFIT = "processes/services/arbeit-ruhestand/10092-wohngeld.bpmn";
    static final String SAME_PERSON = "Die Zweitprüfung muss eine andere Person vornehmen als die Entscheidung.";
    private static final Map<String, Object> RENT = Map.of("wohngeldType", "mietzuschuss", "householdMembers", 2);

    private ProcessInstance decided(String clerk, Object... decision) {
        ProcessInstance pi = submitWithProcessingPeriod("10092", RENT);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true);
        completeAs(clerk, pi, "Task_Decision", decision);
        return pi;
    }

    @Test
    void anAgreeingSecondOpinionLeadsToTheNotice() throws IOException {
        assertThat(processProperties("10092")).containsEntry("four.eyes", "true").containsEntry("processing.days", "42");
        ProcessInstance pi = submitWithProcessingPeriod("10092", RENT);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true);
        assertClerkTask(pi, "Task_Decision", "antrag-entscheidung", daysAfterStart(41));
        completeAs("erfurt.sb", pi, "Task_Decision", "approved", true, "permitValidUntil", "2026-11-30");

        assertClerkTask(pi, "Task_SecondOpinion", "antrag-zweitpruefung", daysAfterStart(42));
        assertThat(taskOf(pi).getName()).isEqualTo("Zweitprüfung (Vier-Augen-Prinzip)");
        assertThat(variable(pi, "decidedBy")).isEqualTo("erfurt.sb");
        completeAs("erfurt.sl", pi, "Task_SecondOpinion", "secondOpinionAgrees", true);
        assertThat(variable(pi, "secondOpinionBy")).isEqualTo("erfurt.sl");
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded()
                .hasPassedInOrder("Task_Decision", "Task_SecondOpinion", "Gateway_SecondOpinion", "Gateway_Approved",
                        "Activity_NoticeApproval", "Event_Approved");
        assertThat(noticeKinds()).containsExactly("APPROVAL");
        assertThat(notice("APPROVAL")).containsEntry("permitValidUntil", "2026-11-30");
    }

    @Test
    void aDisagreeingSecondOpinionSendsTheCaseBackToTheDecision() throws IOException {
        ProcessInstance pi = decided("erfurt.sb", "approved", true);
        completeAs("erfurt.sl", pi, "Task_SecondOpinion", "secondOpinionAgrees", false,
                "secondOpinionRemark", "Das Einkommen der Tochter fehlt in der Berechnung.");

        assertClerkTask(pi, "Task_Decision", "antrag-entscheidung", daysAfterStart(41));
        assertThat(variable(pi, "secondOpinionRemark")).isEqualTo("Das Einkommen der Tochter fehlt in der Berechnung.");
        completeAs("erfurt.sb", pi, "Task_Decision", "approved", false,
                "rejectionReason", "Das Einkommen übersteigt die Höchstgrenze.");
        assertThat(variable(pi, "secondOpinionAgrees")).as("the new second opinion starts empty").isNull();
        completeAs("erfurt.sl", pi, "Task_SecondOpinion", "secondOpinionAgrees", true);
        runJobs();

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("Activity_NoticeRejection", "Event_Rejected")
                .hasNotPassed("Activity_NoticeApproval");
        assertThat(extension.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_Decision").count()).isEqualTo(2);
        assertThat(noticeKinds()).containsExactly("REJECTION");
        assertThat(notice("REJECTION")).containsEntry("rejectionReason", "Das Einkommen übersteigt die Höchstgrenze.");
    }

    @Test
    void theDeciderMayNeitherTakeNorCompleteTheSecondOpinion() {
        ProcessInstance pi = decided("erfurt.sb", "approved", true);
        Task second = taskOf(pi);

        assertThatThrownBy(() -> completeAs("erfurt.sb", pi, "Task_SecondOpinion", "secondOpinionAgrees", true))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(SAME_PERSON);
        assertThatThrownBy(() -> extension.getTaskService().claim(second.getId(), "erfurt.sb"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining(SAME_PERSON);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Task_SecondOpinion");
        BpmnAwareTests.assertThat(taskOf(pi)).isNotAssigned();
        assertThat(taskOf(pi).getId()).isEqualTo(second.getId());

        extension.getTaskService().claim(second.getId(), "erfurt.sl");
        completeAs("erfurt.sl", pi, "Task_SecondOpinion", "secondOpinionAgrees", true);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_NoticeApproval");
    }

    @Test
    void withoutLoginTheAssigneeCountsAndNobodyIsRefused() {
        ProcessInstance pi = submit("10092", RENT);
        complete(pi, "Task_FormalCheck", "formalCheckOutcome", "complete");
        complete(pi, "Task_Review", "reviewPassed", true);
        extension.getTaskService().setAssignee(taskOf(pi).getId(), "erfurt.sb");
        complete(pi, "Task_Decision", "approved", true);
        assertThat(variable(pi, "decidedBy")).as("assignee, nobody logged in").isEqualTo("erfurt.sb");

        assertThatThrownBy(() -> complete(pi, "Task_SecondOpinion", "secondOpinionAgrees", true))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Die Zweitprüfung kann nur eine angemeldete Person abschließen.");
        extension.getTaskService().setAssignee(taskOf(pi).getId(), "erfurt.sl");
        complete(pi, "Task_SecondOpinion", "secondOpinionAgrees", true);
        BpmnAwareTests.assertThat(pi).isWaitingAtExactly("Activity_NoticeApproval");
    }
}
