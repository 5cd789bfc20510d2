package de.thueringen.antrag.payment;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes what earlier versions left in the engine's history: fee tables evaluated outside a process (portal
 * preview, fee at submission) were recorded as decision instances without tenant, with the citizen's inputs. Since
 * {@link FeeTables} no such entry is written; once they are gone, a start costs one count query.
 */
@Component
class UntenantedFeeHistoryCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(UntenantedFeeHistoryCleanup.class);
    private static final int PAGE = 500;

    private final HistoryService historyService;

    UntenantedFeeHistoryCleanup(HistoryService historyService) {
        this.historyService = historyService;
    }

    @EventListener(ApplicationStartedEvent.class)
    void removeStandaloneFeeDecisions() {
        int removed = 0;
        int skipped = 0;
        List<HistoricDecisionInstance> page;
        do {
            page = historyService.createHistoricDecisionInstanceQuery().withoutTenantId()
                    .orderByEvaluationTime().asc().listPage(skipped, PAGE);
            for (HistoricDecisionInstance decision : page) {
                if (decision.getProcessInstanceId() == null && decision.getCaseInstanceId() == null
                        && decision.getDecisionDefinitionKey().startsWith("fee-")) {
                    historyService.deleteHistoricDecisionInstanceByInstanceId(decision.getId());
                    removed++;
                } else {
                    skipped++;
                }
            }
        } while (page.size() == PAGE);
        if (removed > 0) {
            LOG.info("Removed {} fee decisions evaluated outside a process from the engine history (no tenant)", removed);
        }
    }
}
