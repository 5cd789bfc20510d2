package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.tasks.ClerkClient;

/**
 * After the migration moved a case file to another authority (a member municipality's case to its
 * Verwaltungsgemeinschaft), the case's process, task, candidate group and history follow it; a second run moves
 * nothing.
 */
@H2ApplicationTest
class CaseTenantReconciliationIT {

    private static final String ERFURT = "ags-16051000";
    private static final String JENA = "ags-16053000";

    @LocalServerPort
    int port;
    @Autowired
    CaseTenantReconciliation reconciliation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @Test
    void processFollowsTheCaseFileToItsNewAuthority() {
        String caseNumber = ClerkClient.anonymous(port).submitParkingPermit(false, "Erika", "Umgezogen");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getTenantId())
                .isEqualTo(ERFURT);
        // what Flyway V6 does to the case files of a member municipality
        jdbc.update("update case_file set authority_id = ? where case_number = ?", JENA, caseNumber);

        assertThat(reconciliation.reconcile()).isGreaterThanOrEqualTo(1);

        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(task.getTenantId()).isEqualTo(JENA);
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains(JENA + "-sachbearbeitung");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getTenantId()).isEqualTo(JENA);
        assertThat(reconciliation.reconcile()).as("nothing left to move").isZero();
    }
}
