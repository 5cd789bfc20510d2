package de.thueringen.antrag.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;

/**
 * Escalates overdue tasks to the team lead, once per task: an open task whose due date has passed gets the
 * authority's lead group {@code <id>-leitung} as candidate (so it appears in the lead's „Eskalierte Aufgaben“), the
 * priority {@code antrag.tasks.escalation-priority} (80) and the audit entry {@value #AUDIT_ACTION} in its case file.
 * "Once" is kept by the table {@code task_escalation} (primary key = task id), written in the same transaction:
 * a second run, or a second instance of the application at the same moment, escalates nothing twice.
 */
@Service
public class TaskEscalations {

    public static final String AUDIT_ACTION = "ÜBERFÄLLIG_ESKALIERT";
    private static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(TaskEscalations.class);

    private final TaskService taskService;
    private final TaskCases cases;
    private final JdbcTemplate jdbc;
    private final TaskProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    TaskEscalations(TaskService taskService, TaskCases cases, JdbcTemplate jdbc, TaskProperties properties, Clock clock,
                    PlatformTransactionManager transactionManager) {
        this.taskService = taskService;
        this.cases = cases;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Escalates every overdue task not escalated yet. Returns how many were escalated now. */
    public int escalateOverdueTasks() {
        Date now = Date.from(clock.instant());
        int escalated = 0;
        int skipped = 0;
        for (int batch = 0; batch < 100; batch++) {
            // escalated tasks have the escalation priority and drop out of the query, so the window moves by itself
            List<Task> overdue = taskService.createTaskQuery().active().dueBefore(now)
                    .taskMaxPriority(properties.escalationPriority() - 1)
                    .orderByDueDate().asc().orderByTaskId().asc()
                    .listPage(skipped, BATCH);
            if (overdue.isEmpty()) {
                break;
            }
            for (Task task : overdue) {
                if (escalate(task, now)) {
                    escalated++;
                } else {
                    skipped++;
                }
            }
        }
        if (escalated > 0) {
            LOG.info("Escalation: {} overdue tasks escalated to the team leads", escalated);
        }
        return escalated;
    }

    private boolean escalate(Task task, Date now) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                Optional<CaseFile> caseFile = cases.of(task);
                Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM task_escalation WHERE task_id = ?",
                        Integer.class, task.getId());
                if (before != null && before > 0) {
                    return false; // escalated before (e.g. priority lowered by hand afterwards): once is enough
                }
                jdbc.update("INSERT INTO task_escalation (task_id, authority_id, case_id, due_date, escalated_at)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        task.getId(), task.getTenantId(), caseFile.map(CaseFile::getId).orElse(null),
                        task.getDueDate() == null ? null : new Timestamp(task.getDueDate().getTime()),
                        new Timestamp(now.getTime()));
                String leads = task.getTenantId() == null ? null : task.getTenantId() + ClerkDirectory.LEAD_SUFFIX;
                if (leads != null) {
                    taskService.addCandidateGroup(task.getId(), leads);
                }
                taskService.setPriority(task.getId(), properties.escalationPriority());
                cases.audit(caseFile, CaseFileService.SYSTEM_ACTOR, AUDIT_ACTION, "Aufgabe „" + task.getName()
                        + "“ war fällig am " + TaskCases.german(task.getDueDate()) + "; an die Leitung eskaliert"
                        + (task.getAssignee() == null ? "" : " (bearbeitet von " + task.getAssignee() + ")"));
                LOG.info("Overdue task {} of {} escalated", task.getId(), task.getTenantId());
                return true;
            }));
        } catch (DataIntegrityViolationException e) {
            // another instance escalated the same task at the same moment; its transaction won
            return false;
        } catch (RuntimeException e) {
            // e.g. the task was completed meanwhile; the next run sees it again if it is still open
            LOG.warn("Escalation of task {} failed: {}", task.getId(), e.toString());
            return false;
        }
    }
}
