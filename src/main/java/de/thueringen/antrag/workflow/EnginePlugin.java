package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that cannot be expressed as properties. Everything else is explicit in application.yml
 * under {@code camunda.bpm}.
 */
@Component
class EnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new AuthorityTenantIdProvider());
    }
}
