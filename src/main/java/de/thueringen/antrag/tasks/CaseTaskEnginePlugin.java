package de.thueringen.antrag.tasks;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds {@link CaseTaskListener} to every user task of every process, without touching the BPMN: a parse listener
 * registers it for "create" and "assignment" as a built-in listener (it runs before the designers' listeners and
 * also where custom listeners are skipped, e.g. a modification in Cockpit).
 */
@Component
class CaseTaskEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CaseTaskListener> listener;

    CaseTaskEnginePlugin(ObjectProvider<CaseTaskListener> listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        // the listener bean is looked up when a task is created: it needs the case files, which need the database
        TaskListener onCreate = task -> listener.getObject().onCreate(task);
        TaskListener onAssignment = task -> listener.getObject().onAssignment(task);
        listeners.add(new UserTaskParseListener(onCreate, onAssignment));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    static final class UserTaskParseListener extends AbstractBpmnParseListener {

        private final TaskListener onCreate;
        private final TaskListener onAssignment;

        UserTaskParseListener(TaskListener onCreate, TaskListener onAssignment) {
            this.onCreate = onCreate;
            this.onAssignment = onAssignment;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
                behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, onAssignment);
            }
        }
    }
}
