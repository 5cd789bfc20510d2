package de.thueringen.antrag.workflow;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Platform-owned process variables are read-only for people. For the outermost command of an authenticated person
 * (see {@link PersonCommandInterceptor}) it reads the variables the command would write ({@link CommandVariables})
 * and refuses — before anything happens — a write of
 * <ul>
 * <li>a variable of {@link ProcessVariables#PLATFORM_OWNED} (case, authority, deadlines, who decided …), or</li>
 * <li>one of the citizen's submitted fields ({@link ProcessVariables#SUBMITTED_FIELDS}),</li>
 * </ul>
 * unless the value stays what it is: forms show such variables read-only and submit them back unchanged. Deleting
 * one is always refused. Commands that delegates and listeners issue inside the person's command (nested commands)
 * and everything the job executor or the platform's own services run without a person are the platform's writes and
 * pass.
 * <p>
 * The refusal is an {@link AuthorizationException} with a German message: the REST APIs answer 403 and Tasklist shows
 * the message; nothing of the command is done.
 */
final class PersonVariableGuard extends PersonCommandInterceptor {

    /** Refusal shown to the person (Tasklist, REST message); the variable names follow. */
    static final String REFUSAL = "Diese Angaben verwaltet die Plattform; sie können nicht geändert werden: ";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    void check(Command<?> command, CommandContext context) {
        Map<String, Object> written = CommandVariables.writtenBy(command);
        if (written.isEmpty()) {
            return;
        }
        AbstractVariableScope scope = ScopeOfCommand.of(command, context);
        Set<String> citizenFields = scope == null ? Set.of() : submittedFields(scope);
        Set<String> refused = new java.util.TreeSet<>();
        written.forEach((name, value) -> {
            boolean protectedName = ProcessVariables.PLATFORM_OWNED.contains(name) || citizenFields.contains(name);
            if (protectedName && (value == CommandVariables.DELETED || scope == null
                    || !sameValue(scope.getVariable(name), value))) {
                refused.add(name);
            }
        });
        if (!refused.isEmpty()) {
            throw new AuthorizationException(REFUSAL + String.join(", ", refused) + ".");
        }
    }

    private static Set<String> submittedFields(AbstractVariableScope scope) {
        Object fields = scope.getVariable(ProcessVariables.SUBMITTED_FIELDS);
        return fields instanceof String list && !list.isBlank()
                ? new HashSet<>(Arrays.asList(list.split(","))) : Set.of();
    }

    /** Unchanged as a person sees it: forms send numbers and dates back in their own types. */
    static boolean sameValue(Object current, Object submitted) {
        if (Objects.equals(current, submitted)) {
            return true;
        }
        if (current == null || submitted == null) {
            return false;
        }
        if (current instanceof Number a && submitted instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        try {
            return asJson(current).equals(asJson(submitted));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static JsonNode asJson(Object value) {
        // Spin JSON values print as JSON; everything else through Jackson
        if (value.getClass().getName().startsWith("org.camunda.spin.")) {
            try {
                return JSON.readTree(value.toString());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return JSON.valueToTree(value);
    }

    /** The task's or execution's variable scope a variable command acts on; null where there is none (start, batch). */
    private static final class ScopeOfCommand {

        static AbstractVariableScope of(Command<?> command, CommandContext context) {
            String taskId = taskIdOf(command);
            if (taskId != null) {
                return context.getTaskManager().findTaskById(taskId);
            }
            String executionId = entityIdOf(command);
            return executionId == null ? null : context.getExecutionManager().findExecutionById(executionId);
        }

        private static String taskIdOf(Command<?> command) {
            if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
                return field(command, "taskId");
            }
            if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
                    || command instanceof PatchTaskVariablesCmd) {
                return field(command, "entityId");
            }
            return null;
        }

        private static String entityIdOf(Command<?> command) {
            return command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd
                    ? field(command, "entityId") : null;
        }

        private static String field(Object owner, String name) {
            return CommandFields.read(owner, name) instanceof String id ? id : null;
        }
    }
}
