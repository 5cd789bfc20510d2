package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${fourEyes}}: the four-eyes principle for decisions of services with the process property
 * {@code four.eyes=true}. After the decision task ("Entscheidung") a second clerk of the same authority checks it in
 * "Zweitprüfung (Vier-Augen-Prinzip)"; the person who decided may not do that. Task listeners:
 * <ul>
 * <li>{@code ${fourEyes.recordDecision(task)}} (complete, on the decision task) — stores who decided in
 * {@code decidedBy};</li>
 * <li>{@code ${fourEyes.checkAssignee(task)}} (assignment, on the second task) — refuses to give the second task to
 * the person who decided;</li>
 * <li>{@code ${fourEyes.checkSecondOpinion(task)}} (complete, on the second task) — refuses the completion by the
 * person who decided, or by nobody known, and stores {@code secondOpinionBy}.</li>
 * </ul>
 * The person is the user logged in to the engine (Tasklist, REST API), else the task's assignee. A refusal is a
 * {@link ProcessEngineException} with a German message, which Tasklist shows; nothing is completed.
 */
@ProcessBuildingBlock
@Component("fourEyes")
public class FourEyesPrinciple {

    /** The refusal when the decider tries to take or complete the second task. */
    public static final String SAME_PERSON = "Die Zweitprüfung muss eine andere Person vornehmen als die Entscheidung.";
    /** The refusal when nobody is known to complete the second task. */
    public static final String NOBODY = "Die Zweitprüfung kann nur eine angemeldete Person abschließen.";
    /** Who completed the second task. */
    public static final String SECOND_OPINION_BY = ProcessVariables.SECOND_OPINION_BY;

    private static final Logger LOG = LoggerFactory.getLogger(FourEyesPrinciple.class);

    public void recordDecision(DelegateTask task) {
        String person = actingPerson(task);
        task.getExecution().setVariable(ProcessVariables.DECIDED_BY, person);
        if (person == null) {
            LOG.warn("Case {}: decision completed without a known person; any clerk may check it",
                    task.getVariable(ProcessVariables.CASE_NUMBER));
        }
    }

    public void checkAssignee(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee != null && assignee.equals(task.getVariable(ProcessVariables.DECIDED_BY))) {
            throw new ProcessEngineException(SAME_PERSON);
        }
    }

    public void checkSecondOpinion(DelegateTask task) {
        String person = actingPerson(task);
        if (person == null) {
            throw new ProcessEngineException(NOBODY);
        }
        if (person.equals(task.getVariable(ProcessVariables.DECIDED_BY))) {
            throw new ProcessEngineException(SAME_PERSON);
        }
        task.getExecution().setVariable(SECOND_OPINION_BY, person);
    }

    /** The logged-in user, else the assignee, else null. */
    static String actingPerson(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }
}
