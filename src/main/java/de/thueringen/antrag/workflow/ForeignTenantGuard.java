package de.thueringen.antrag.workflow;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobFailureCollector;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A person's command that names a task, attachment, job, process instance or execution of another authority is
 * refused before it runs. Camunda 7 checks the tenant for most commands, but not all: a comment or attachment is
 * handed out by id, an attachment deleted by id, and a refused job execution still costs the job a retry (the failure
 * handling runs as a command of its own). One check by the ids a command carries covers these and any later one.
 * <p>
 * Objects without tenant and administrators (no tenant check) pass; an id that names nothing is left to the command
 * (its own "not found").
 */
final class ForeignTenantGuard extends PersonCommandInterceptor {

    static final String REFUSAL = "Dieser Vorgang gehört zu einer anderen Behörde.";

    private static final List<String> ID_FIELDS = List.of("taskId", "attachmentId", "jobId", "processInstanceId", "executionId");

    @Override
    void check(Command<?> command, CommandContext context) {
        if (command instanceof AbstractQuery<?, ?> || !context.getTenantManager().isTenantCheckEnabled()) {
            return;
        }
        for (Field field : CommandFields.of(command.getClass())) {
            boolean names = field.getType() == String.class && ID_FIELDS.contains(field.getName());
            if (!names && field.getType() != JobFailureCollector.class) {
                continue;
            }
            Object value = CommandFields.read(field, command);
            String id = value instanceof JobFailureCollector failure ? failure.getJobId()
                    : value instanceof String text ? text : null;
            if (id != null) {
                String kind = value instanceof JobFailureCollector ? "jobId" : field.getName();
                tenantOf(kind, id, context).filter(tenant -> !context.getTenantManager().isAuthenticatedTenant(tenant))
                        .ifPresent(tenant -> {
                            throw new AuthorizationException(REFUSAL);
                        });
            }
        }
    }

    private static Optional<String> tenantOf(String kind, String id, CommandContext context) {
        return switch (kind) {
            case "taskId" -> Optional.ofNullable(context.getTaskManager().findTaskById(id)).map(TaskEntity::getTenantId);
            case "jobId" -> Optional.ofNullable(context.getJobManager().findJobById(id)).map(JobEntity::getTenantId);
            case "processInstanceId", "executionId" ->
                    Optional.ofNullable(context.getExecutionManager().findExecutionById(id)).map(ExecutionEntity::getTenantId);
            case "attachmentId" -> Optional.ofNullable(context.getDbEntityManager().selectById(AttachmentEntity.class, id))
                    .flatMap(attachment -> attachment.getTaskId() != null
                            ? tenantOf("taskId", attachment.getTaskId(), context)
                            : Optional.ofNullable(attachment.getProcessInstanceId())
                                    .flatMap(instance -> tenantOf("processInstanceId", instance, context)));
            default -> Optional.empty();
        };
    }

}
