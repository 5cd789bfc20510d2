package de.thueringen.antrag.workflow;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The variables an engine command would write, read from the command object before it runs: every string-keyed map
 * reachable from the command (task completion, form submission, variable endpoints, message payloads, modification
 * and start instructions, batches) and, for removals and patches, the names to delete.
 * <p>
 * The walk is generic on purpose: the engine has dozens of commands that carry variables, and a new one in a later
 * engine version is caught without a change here. It stays inside the engine's own command and builder objects
 * (never into entities, contexts or the configuration) and does not look into variable values. Queries are reads and
 * are skipped, and so are the name lists of read commands: only removal commands carry names that mean "delete".
 */
final class CommandVariables {

    /** Marks a variable the command deletes. */
    static final Object DELETED = new Object() {
        @Override
        public String toString() {
            return "<gelöscht>";
        }
    };

    private static final int MAX_DEPTH = 5;

    private CommandVariables() {
    }

    /** Name → value (unwrapped from typed values) or {@link #DELETED}, in the order found. */
    static Map<String, Object> writtenBy(Command<?> command) {
        if (command instanceof AbstractQuery<?, ?>) {
            return Map.of();
        }
        Map<String, Object> written = new LinkedHashMap<>();
        collect(command, 0, written, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (command instanceof AbstractRemoveVariableCmd || command instanceof AbstractPatchVariablesCmd) {
            for (String name : deletedNames(command)) {
                written.put(name, DELETED);
            }
        }
        return written;
    }

    private static void collect(Object object, int depth, Map<String, Object> written, Set<Object> seen) {
        if (object == null || depth > MAX_DEPTH || !seen.add(object)) {
            return;
        }
        if (object instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (key instanceof String name) {
                    written.put(name, value instanceof TypedValue typed ? typed.getValue() : value);
                }
            });
            return;
        }
        if (object instanceof Collection<?> collection) {
            for (Object element : collection) {
                if (isEngineObject(element)) {
                    collect(element, depth + 1, written, seen);
                }
            }
            return;
        }
        for (Field field : CommandFields.of(object.getClass())) {
            Object value = CommandFields.read(field, object);
            if (value instanceof Map<?, ?> || value instanceof Collection<?> || isEngineObject(value)) {
                collect(value, depth + 1, written, seen);
            }
        }
    }

    /** Command, builder and instruction objects of the engine; not entities, contexts or services. */
    private static boolean isEngineObject(Object value) {
        if (value == null) {
            return false;
        }
        String name = value.getClass().getName();
        return name.startsWith("org.camunda.bpm.engine.impl.")
                && !name.startsWith("org.camunda.bpm.engine.impl.persistence.")
                && !name.startsWith("org.camunda.bpm.engine.impl.interceptor.")
                && !name.startsWith("org.camunda.bpm.engine.impl.cfg.")
                && !name.startsWith("org.camunda.bpm.engine.impl.pvm.")
                && !name.startsWith("org.camunda.bpm.engine.impl.context.")
                && !name.startsWith("org.camunda.bpm.engine.impl.db.")
                && !name.endsWith("ServiceImpl")
                && !(value instanceof AbstractQuery<?, ?>);
    }

    private static Collection<String> deletedNames(Command<?> command) {
        Object names = CommandFields.read(command, "variableNames");
        if (names == null) {
            names = CommandFields.read(command, "deletions");
        }
        return names instanceof Collection<?> collection
                ? collection.stream().filter(String.class::isInstance).map(String.class::cast).toList()
                : java.util.List.of();
    }
}
