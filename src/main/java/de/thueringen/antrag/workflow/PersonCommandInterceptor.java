package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks the engine commands a logged-in person issues, in the command chain (inside the command context): it sees
 * every command whatever created it — Tasklist, Cockpit, the engine REST API, the webapps' REST API. Only the
 * outermost command is checked: commands that delegates and listeners issue inside it are the platform's, and so is
 * everything that runs without a person (job executor, the platform's own services).
 */
abstract class PersonCommandInterceptor extends CommandInterceptor {

    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    @Override
    public <T> T execute(Command<T> command) {
        int level = depth.get();
        if (level == 0) {
            CommandContext context = Context.getCommandContext();
            Authentication person = context == null ? null : context.getAuthentication();
            if (person != null && person.getUserId() != null) {
                check(command, context);
            }
        }
        depth.set(level + 1);
        try {
            return next.execute(command);
        } finally {
            if (level == 0) {
                depth.remove();
            } else {
                depth.set(level);
            }
        }
    }

    /** Refuses the command by throwing, before it does anything. */
    abstract void check(Command<?> command, CommandContext context);
}
