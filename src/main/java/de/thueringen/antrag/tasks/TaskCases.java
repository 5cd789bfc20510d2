package de.thueringen.antrag.tasks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;

/**
 * The case a task works on: the variable {@code caseNumber} visible to the task, else the business key of its
 * process instance (service processes start with the case number as business key and pass it to the shared call
 * activities). Writes the task events the case file's audit trail records.
 * <p>
 * A case counts only if it belongs to the task's tenant: a task never shows, audits or links another authority's case
 * file, whatever a variable says.
 */
@Component
class TaskCases {

    static final String CASE_NUMBER = "caseNumber";
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(TaskProperties.GERMANY);

    private final CaseFileService caseFiles;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    TaskCases(CaseFileService caseFiles, TaskService taskService, RuntimeService runtimeService) {
        this.caseFiles = caseFiles;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    Optional<CaseFile> of(DelegateTask task) {
        String caseNumber = task.getVariable(CASE_NUMBER) instanceof String number ? number
                : task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        return ofTenant(caseNumber, task.getTenantId());
    }

    /** Outside an engine command (jobs, API): no user is authenticated, so no authorization restricts the lookup. */
    Optional<CaseFile> of(Task task) {
        Object variable = task.getExecutionId() == null ? null : taskService.getVariable(task.getId(), CASE_NUMBER);
        String caseNumber = variable instanceof String number ? number : null;
        if (caseNumber == null && task.getProcessInstanceId() != null) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            caseNumber = instance == null ? null : instance.getBusinessKey();
        }
        return ofTenant(caseNumber, task.getTenantId());
    }

    private Optional<CaseFile> ofTenant(String caseNumber, String tenantId) {
        if (caseNumber == null || tenantId == null) {
            return Optional.empty();
        }
        return caseFiles.findByCaseNumber(caseNumber).filter(c -> tenantId.equals(c.getAuthorityId()));
    }

    void audit(Optional<CaseFile> caseFile, String actor, String action, String detail) {
        caseFile.ifPresent(c -> caseFiles.audit(c.getId(), actor, action, detail));
    }

    static String german(Date date) {
        return date == null ? "–" : GERMAN.format(date.toInstant());
    }

    static String german(Instant instant) {
        return instant == null ? "–" : GERMAN.format(instant);
    }
}
