package de.thueringen.antrag.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${deadlines}}: due and follow-up dates of clerk tasks from the case's statutory processing period, for
 * {@code camunda:dueDate} and {@code camunda:followUpDate}, e.g.
 * <pre>
 * camunda:dueDate="${deadlines.atDeadline(execution, 3)}"
 * camunda:dueDate="${deadlines.beforeDeadline(execution, 2, 7)}"
 * camunda:followUpDate="${deadlines.daysBefore(deadlines.beforeDeadline(execution, 2, 7), 2)}"
 * </pre>
 * The deadline is {@code processingDeadline} (set at submission, {@link ProcessingDeadline}); where the deemed
 * approval applies and ends earlier, the day before it takes effect ({@code deemedApprovalDue} minus one day), so the
 * clerk decides before the approval is deemed granted. An instance without these variables (started before they
 * existed, or by hand) gets the fixed period {@code daysWithoutDeadline} from now instead. No date is ever before the
 * moment the task is created, and none is null: the escalation of overdue tasks relies on every clerk task's due date.
 * Times are the engine's clock ({@link ClockUtil}), days are German calendar days.
 */
@ProcessBuildingBlock
@Component("deadlines")
public class TaskDeadlines {

    /** The deadline itself (not before now); without a deadline now + {@code daysWithoutDeadline}. */
    public Date atDeadline(VariableScope scope, int daysWithoutDeadline) {
        return beforeDeadline(scope, 0, daysWithoutDeadline);
    }

    /**
     * {@code daysBefore} days before the deadline, but not before now; without a deadline now +
     * {@code daysWithoutDeadline}.
     */
    public Date beforeDeadline(VariableScope scope, int daysBefore, int daysWithoutDeadline) {
        Instant now = now();
        Instant due = deadline(scope)
                .map(deadline -> deadline.atZone(ProcessingDeadline.GERMANY).minusDays(daysBefore).toInstant())
                .orElseGet(() -> now.atZone(ProcessingDeadline.GERMANY).plusDays(daysWithoutDeadline).toInstant());
        return Date.from(due.isBefore(now) ? now : due);
    }

    /** {@code days} days before the given date, but not before now (follow-up dates). */
    public Date daysBefore(Date date, int days) {
        Instant now = now();
        Instant result = date.toInstant().atZone(ProcessingDeadline.GERMANY).minusDays(days).toInstant();
        return Date.from(result.isBefore(now) ? now : result);
    }

    /** The earlier of the processing deadline and the day before the deemed approval, if any is set. */
    Optional<Instant> deadline(VariableScope scope) {
        Optional<Instant> processing = ProcessingDeadline.parse(scope.getVariable(ProcessVariables.PROCESSING_DEADLINE));
        Optional<Instant> deemed = Boolean.TRUE.equals(scope.getVariable(ProcessVariables.DEEMED_APPROVAL_APPLIES))
                ? ProcessingDeadline.parse(scope.getVariable(ProcessVariables.DEEMED_APPROVAL_DUE))
                        .map(due -> due.atZone(ProcessingDeadline.GERMANY).minusDays(1).toInstant())
                : Optional.empty();
        if (processing.isPresent() && deemed.isPresent()) {
            return Optional.of(processing.get().isBefore(deemed.get()) ? processing.get() : deemed.get());
        }
        return processing.isPresent() ? processing : deemed;
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
