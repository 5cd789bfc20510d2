package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Refuses a deployment that contains a script: a script task, or a {@code camunda:script} in a listener, an input or
 * output mapping or a condition. Scripts run with the engine's and the application's objects in reach; the
 * designers' vocabulary is expressions on the {@link ProcessBuildingBlock}s. The deployment fails with a German
 * message naming the element, and nothing of it is deployed.
 */
final class ScriptRefusingParseListener extends AbstractBpmnParseListener {

    static final String REFUSAL = "Skripte sind auf dieser Plattform nicht zugelassen (Element %s). "
            + "Bitte verwenden Sie Ausdrücke mit den dokumentierten Bausteinen.";

    @Override
    public void parseScriptTask(Element scriptTaskElement, ScopeImpl scope, ActivityImpl activity) {
        throw refusal(scriptTaskElement);
    }

    @Override
    public void parseProcess(Element processElement, org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity processDefinition) {
        refuseNestedScripts(processElement);
    }

    private static void refuseNestedScripts(Element element) {
        String tag = localName(element);
        if ("script".equals(tag) || "scriptTask".equals(tag)) {
            throw refusal(element);
        }
        String language = element.attribute("language");
        if (language != null && !language.isBlank() && tag.endsWith("Expression")) {
            throw refusal(element);
        }
        for (Element child : element.elements()) {
            refuseNestedScripts(child);
        }
    }

    private static String localName(Element element) {
        String tag = element.getTagName();
        return tag.substring(tag.indexOf(':') + 1);
    }

    private static ProcessEngineException refusal(Element element) {
        String id = element.attribute("id");
        return new ProcessEngineException(String.format(REFUSAL, id != null ? id : element.getTagName()));
    }
}
