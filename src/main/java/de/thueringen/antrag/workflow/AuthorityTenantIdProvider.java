package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Service processes are deployed once for everybody (no tenant); each process instance belongs to the tenant of
 * its responsible authority, taken from the {@code authorityId} start variable. Task queries of a clerk are then
 * limited to their authority by the engine's tenant check.
 */
public class AuthorityTenantIdProvider implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getProcessDefinition().getTenantId() != null) {
            return ctx.getProcessDefinition().getTenantId();
        }
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object authority = ctx.getVariables() == null ? null : ctx.getVariables().get(ProcessVariables.AUTHORITY_ID);
        return authority instanceof String id ? id : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return ctx.getCaseDefinition().getTenantId();
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        return execution != null ? execution.getTenantId() : ctx.getDecisionDefinition().getTenantId();
    }
}
