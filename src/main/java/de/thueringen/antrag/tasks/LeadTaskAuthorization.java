package de.thueringen.antrag.tasks;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The team lead's right on every task of the authority: when a task is created, the group
 * {@code <tenant>-leitung} gets READ and TASK_ASSIGN on this one task (see it in every filter of the authority,
 * (re)assign it), without becoming a candidate. The engine deletes the authorization with the task.
 * <p>
 * Why per task and not one grant on all tasks ("*"): the tenant check hides other authorities' tasks, but not tasks
 * without a tenant, which a grant on "*" would open to every lead. Why not the lead group as candidate: then every
 * task would sit in the lead's candidate lists, and escalation (which adds the lead group as candidate) would mean
 * nothing.
 */
final class LeadTaskAuthorization {

    private LeadTaskAuthorization() {
    }

    static void grant(DelegateTask task) {
        String tenantId = task.getTenantId();
        CommandContext commandContext = Context.getCommandContext();
        if (tenantId == null || commandContext == null
                || !commandContext.getProcessEngineConfiguration().isAuthorizationEnabled()) {
            return;
        }
        String groupId = tenantId + ClerkDirectory.LEAD_SUFFIX;
        commandContext.runWithoutAuthorization(() -> {
            AuthorizationManager manager = commandContext.getAuthorizationManager();
            AuthorizationEntity existing = pending(commandContext, groupId, task.getId());
            boolean persistent = false;
            if (existing == null) {
                existing = manager.findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, groupId,
                        Resources.TASK, task.getId());
                persistent = existing != null;
            }
            if (existing == null) {
                AuthorizationEntity authorization = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
                authorization.setGroupId(groupId);
                authorization.setResource(Resources.TASK);
                authorization.setResourceId(task.getId());
                authorization.addPermission(Permissions.READ);
                authorization.addPermission(Permissions.TASK_ASSIGN);
                manager.insert(authorization);
            } else {
                existing.addPermission(Permissions.READ);
                existing.addPermission(Permissions.TASK_ASSIGN);
                if (persistent) {
                    manager.update(existing);
                }
            }
            return null;
        });
    }

    /** An authorization for the group and task created earlier in this command, not yet in the database. */
    private static AuthorizationEntity pending(CommandContext commandContext, String groupId, String taskId) {
        for (AuthorizationEntity cached : commandContext.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
            if (cached.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && groupId.equals(cached.getGroupId())
                    && cached.getResourceType() == Resources.TASK.resourceType()
                    && taskId.equals(cached.getResourceId())) {
                return cached;
            }
        }
        return null;
    }
}
