package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.thueringen.antrag.it.H2ApplicationTest;

/** Fee previews that earlier versions recorded without tenant are removed from the engine history at start. */
@H2ApplicationTest
class UntenantedFeeHistoryCleanupIT {

    @Autowired
    DecisionService decisionService;
    @Autowired
    HistoryService historyService;
    @Autowired
    UntenantedFeeHistoryCleanup cleanup;

    @Test
    void standaloneFeeDecisionsWithoutTenantAreRemoved() {
        // what the portal's preview did before: the engine's decision service, no process, no tenant
        decisionService.evaluateDecisionByKey("fee-10562").variables(Variables.createVariables()
                .putValue("ags", "16051000").putValue("voluntaryWork", false)).evaluate();
        assertThat(historyService.createHistoricDecisionInstanceQuery().withoutTenantId().decisionDefinitionKey("fee-10562")
                .count()).isPositive();

        cleanup.removeStandaloneFeeDecisions();

        assertThat(historyService.createHistoricDecisionInstanceQuery().withoutTenantId().decisionDefinitionKey("fee-10562")
                .count()).isZero();
    }
}
