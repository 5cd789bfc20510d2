package de.thueringen.antrag.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringBeansResolverFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Engine settings that cannot be expressed as properties. Everything else is explicit in application.yml
 * under {@code camunda.bpm}.
 * <ul>
 * <li>the tenant of every process instance is the responsible authority;</li>
 * <li>platform-owned variables are read-only for people ({@link PersonVariableGuard});</li>
 * <li>no person's command names an object of another authority ({@link ForeignTenantGuard});</li>
 * <li>expressions reach only the {@link ProcessBuildingBlock}s, not every Spring bean;</li>
 * <li>scripts are refused at deployment, and the engine's script bindings offer no Spring beans.</li>
 * </ul>
 */
@Component
class EnginePlugin extends AbstractProcessEnginePlugin {

    private final ListableBeanFactory beans;

    EnginePlugin(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new AuthorityTenantIdProvider());
        // The Spring starter has already created an expression manager that resolves every bean of the application;
        // replaced by one whose only beans are the building blocks (a non-default bean map also keeps the Spring
        // beans out of the script bindings).
        java.util.Map<Object, Object> blocks = ProcessBuildingBlocks.of(beans);
        configuration.setBeans(blocks);
        configuration.setExpressionManager(new JuelExpressionManager(blocks));
        configuration.setCustomPostCommandInterceptorsTxRequired(
                withGuard(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                withGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
        List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        parseListeners.add(new ScriptRefusingParseListener());
        configuration.setCustomPreBPMNParseListeners(parseListeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getResolverFactories().removeIf(SpringBeansResolverFactory.class::isInstance);
    }

    private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(new ForeignTenantGuard());
        interceptors.add(new PersonVariableGuard());
        return interceptors;
    }
}
