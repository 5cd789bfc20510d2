package de.thueringen.antrag.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a service costs, in the words a citizen reads. Where the service has a fee table ({@code fee-<ozgId>} DMN,
 * evaluated with the municipality's AGS) the amount is named; otherwise the fee follows the local statute.
 */
@Component
class FeeInfo {

    private static final Logger LOG = LoggerFactory.getLogger(FeeInfo.class);
    static final String BY_STATUTE = "Gebühr nach örtlicher Satzung";

    private final RepositoryService repositoryService;
    private final DecisionService decisionService;

    FeeInfo(RepositoryService repositoryService, DecisionService decisionService) {
        this.repositoryService = repositoryService;
        this.decisionService = decisionService;
    }

    record Fee(String text, String legalBasis, boolean dependsOnPlace) {
    }

    Fee describe(String serviceId, String ags) {
        String key = "fee-" + serviceId;
        boolean table = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0;
        if (!table) {
            return new Fee(BY_STATUTE, null, false);
        }
        if (ags == null) {
            return new Fee("Die Gebühr hängt von Ihrer Gemeinde ab. Geben Sie unten Ihren Wohnort an, dann nennen wir den Betrag.",
                    null, true);
        }
        try {
            DmnDecisionResult result = decisionService.evaluateDecisionByKey(key)
                    .variables(Variables.createVariables().putValue("ags", ags).putValue("serviceId", serviceId))
                    .evaluate();
            if (result.isEmpty() || !(result.getFirstResult().getEntryMap().get("feeAmount") instanceof Number amount)) {
                return new Fee(BY_STATUTE, null, false);
            }
            Map<String, Object> row = result.getFirstResult().getEntryMap();
            Object basis = row.get("feeLegalBasis");
            return new Fee("Gebühr: " + euro(amount), basis instanceof String s ? s : null, false);
        } catch (RuntimeException e) {
            LOG.warn("Fee table {} could not be evaluated for {}: {}", key, ags, e.getMessage());
            return new Fee(BY_STATUTE, null, false);
        }
    }

    static String euro(Number amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        return format.format(new BigDecimal(amount.toString()));
    }
}
