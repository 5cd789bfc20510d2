package de.thueringen.antrag.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * A service's fee table ({@code fee-<ozgId>} DMN, outputs {@value #AMOUNT} and {@value #LEGAL_BASIS}) evaluated
 * outside a process: the portal's fee preview and the fee taken with the application.
 * <p>
 * These evaluations write no engine history. The engine's decision service would record each one as a historic
 * decision instance without tenant (there is no process instance to take the authority from), with the citizen's
 * inputs (place, submitted form values) readable by every user with history permissions on the shared fee table.
 * A plain DMN engine evaluates the same deployed table the same way (FEEL), and the result is kept where it
 * belongs: the amount in the payment, the inputs in the case file. Fee decisions inside a process still write
 * history, with the process instance's tenant.
 */
@Component
public class FeeTables {

    static final String AMOUNT = "feeAmount";
    static final String LEGAL_BASIS = "feeLegalBasis";

    /** What the table says for the given inputs; no row or no amount means "no fee from the table". */
    public record Fee(BigDecimal amount, String legalBasis) {
    }

    private final RepositoryService repositoryService;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** by decision definition id: a deployed definition never changes, a new version gets a new id */
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

    FeeTables(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public boolean exists(String serviceId) {
        return latest(serviceId).isPresent();
    }

    /** Evaluates the latest version of the service's fee table; empty when the service has none or no row matches. */
    public Optional<Fee> evaluate(String serviceId, Map<String, Object> inputs) {
        Optional<DecisionDefinition> definition = latest(serviceId);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        DmnDecision decision = parsed.computeIfAbsent(definition.get().getId(), id -> parse(definition.get()));
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, inputs);
        if (result.isEmpty()) {
            return Optional.empty();
        }
        DmnDecisionResultEntries row = result.getFirstResult();
        if (!(row.getEntry(AMOUNT) instanceof Number amount)) {
            return Optional.empty();
        }
        Object basis = row.getEntry(LEGAL_BASIS);
        return Optional.of(new Fee(new BigDecimal(amount.toString()), basis instanceof String text ? text : null));
    }

    private DmnDecision parse(DecisionDefinition definition) {
        try (InputStream model = repositoryService.getDecisionModel(definition.getId())) {
            return dmnEngine.parseDecision(definition.getKey(), model);
        } catch (IOException e) {
            throw new UncheckedIOException("Fee table " + definition.getId() + " could not be read", e);
        }
    }

    /** Fee tables are the designers' files, deployed once for all authorities (no tenant). */
    private Optional<DecisionDefinition> latest(String serviceId) {
        return Optional.ofNullable(repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey("fee-" + serviceId).withoutTenantId().latestVersion().singleResult());
    }
}
