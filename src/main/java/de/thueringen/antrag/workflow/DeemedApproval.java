package de.thueringen.antrag.workflow;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ${deemedApproval}}: the decision period of the deemed approval (Genehmigungsfiktion, § 42a VwVfG /
 * ThürVwVfG) for services whose law orders it. The service process declares it in its properties:
 * <ul>
 * <li>{@code deemed.approval} — the period as ISO-8601 period, e.g. {@code P3M} (§ 42a Abs. 2 Satz 1: three months
 * unless the law says otherwise);</li>
 * <li>{@code deemed.approval.when} (optional) — the applications it applies to, {@code formField=value} or
 * {@code formField=value1|value2}, e.g. {@code procedure=vereinfacht} (ThürBO § 62 Abs. 2: only the simplified
 * building permit procedure).</li>
 * </ul>
 * The processing after the application was found complete lies in an embedded sub-process with an interrupting
 * boundary timer "Entscheidungsfrist abgelaufen" ({@code timeDate="${deemedApproval.due(execution)}"}). The bean
 * keeps that timer job right:
 * <ul>
 * <li>{@link #due} — the timer's date when the sub-process starts: the period begins with the complete application
 * (§ 42a Abs. 2 Satz 2; the day itself is not counted, § 31 VwVfG with § 187 Abs. 1 BGB) and ends with the
 * corresponding day of the last month (§ 188 Abs. 2, 3 BGB); the approval is deemed granted at the start of the
 * following day, in German time. Saturdays, Sundays and public holidays at the end (§ 31 Abs. 3 VwVfG) are not
 * moved.</li>
 * <li>{@link #start} — execution listener (start) of the sub-process: records {@code deemedApprovalApplies},
 * {@code deemedApprovalDue} (date-time), {@code deemedApprovalDate} (last day of the period, ISO date, for the
 * certificate) and {@code deemedApprovalDateText} (the same, German), or removes the timer when the application is not
 * one the law orders the deemed approval for.</li>
 * <li>{@link #pause} / {@link #resume} — execution listeners (start / end) of the document request inside the
 * sub-process: while the citizen is asked for missing documents the timer job is suspended; afterwards its date moves
 * by the calendar days the request was open (the period only runs while the documents are complete).</li>
 * </ul>
 * The one extension the law allows (§ 42a Abs. 2 Satz 3; ThürBO § 62 Abs. 2: up to two months, with reasons, told to
 * the applicant in time) is not modelled yet.
 * <p>
 * When the timer fires it interrupts the clerks' open work; the process delivers the certificate
 * ({@code noticeKind = DEEMED_APPROVAL}, which reads {@code deemedApprovalDate}).
 * <p>
 * The timer job is changed as an entity in the running command, not through the {@code ManagementService}: that would
 * check the authorisations of the clerk whose task completion asks for documents (the rule is the process's, not the
 * clerk's), and it suspends jobs by a bulk update that collides with a due date change in the same transaction.
 */
@ProcessBuildingBlock
@Component("deemedApproval")
public class DeemedApproval {

    /** Process property: the period, ISO-8601 ({@code P3M}). */
    public static final String PERIOD_PROPERTY = "deemed.approval";
    /** Process property: which applications, {@code formField=value|value}. */
    public static final String CONDITION_PROPERTY = "deemed.approval.when";
    /** The last day of the period in German, for the clerks' forms ("17.02.2026"). */
    public static final String DATE_TEXT = "deemedApprovalDateText";
    /** Since when the period is paused (a date-time), while documents are requested. */
    public static final String PAUSED_SINCE = "deemedApprovalPausedSince";
    /** The timer job. */
    static final String JOB_ID = "deemedApprovalJobId";

    private static final Logger LOG = LoggerFactory.getLogger(DeemedApproval.class);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The timer date for a period that starts today: the start of the day after its last day. */
    public Date due(DelegateExecution execution) {
        return takesEffect(today().plus(period(execution)));
    }

    /** Records the running period, or removes the timer if the deemed approval does not apply to this application. */
    public void start(DelegateExecution execution) {
        JobEntity timer = timerOf(execution);
        if (!applies(execution)) {
            execution.setVariable(ProcessVariables.DEEMED_APPROVAL_APPLIES, false);
            // created with the scope in this very transaction, not yet in the database: the ManagementService
            // cannot find it yet, the entity removes itself (and its link to the execution)
            timer.delete();
            LOG.info("Case {}: no deemed approval for this application ({})", caseNumber(execution),
                    properties(execution).get(CONDITION_PROPERTY));
            return;
        }
        execution.setVariable(ProcessVariables.DEEMED_APPROVAL_APPLIES, true);
        execution.setVariable(JOB_ID, timer.getId());
        record(execution, lastDayOf(timer.getDuedate()));
        LOG.info("Case {}: decision period of the deemed approval runs until {}", caseNumber(execution),
                execution.getVariable(ProcessVariables.DEEMED_APPROVAL_DATE));
    }

    /** The citizen is asked for documents: the period stops running. */
    public void pause(DelegateExecution execution) {
        JobEntity timer = runningTimer(execution);
        if (timer == null || execution.getVariable(PAUSED_SINCE) != null) {
            return;
        }
        timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode());
        execution.setVariable(PAUSED_SINCE, ClockUtil.getCurrentTime());
        LOG.info("Case {}: decision period paused while documents are requested", caseNumber(execution));
    }

    /** The request is answered (or its reply period is over): the period runs again, longer by the days it stood. */
    public void resume(DelegateExecution execution) {
        if (execution.isCanceled()) {
            // the instance or the processing is being cancelled: its timer goes with it
            return;
        }
        JobEntity timer = runningTimer(execution);
        Object pausedSince = execution.getVariable(PAUSED_SINCE);
        if (timer == null || !(pausedSince instanceof Date since)) {
            return;
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(since.toInstant().atZone(ProcessingDeadline.GERMANY).toLocalDate(), today()));
        LocalDate lastDay = lastDayOf(timer.getDuedate()).plusDays(days);
        timer.setDuedate(takesEffect(lastDay));
        timer.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        execution.removeVariable(PAUSED_SINCE);
        record(execution, lastDay);
        LOG.info("Case {}: decision period resumed after {} day(s), runs until {}", caseNumber(execution), days, lastDay);
    }

    // ------------------------------------------------------------------------------------------------------------

    private static void record(DelegateExecution execution, LocalDate lastDay) {
        execution.setVariable(ProcessVariables.DEEMED_APPROVAL_DUE, takesEffect(lastDay));
        execution.setVariable(ProcessVariables.DEEMED_APPROVAL_DATE, lastDay.toString());
        execution.setVariable(DATE_TEXT, lastDay.format(GERMAN_DATE));
    }

    /** The approval is deemed granted at the start of the day after the last day of the period, German time. */
    static Date takesEffect(LocalDate lastDay) {
        return Date.from(lastDay.plusDays(1).atStartOfDay(ProcessingDeadline.GERMANY).toInstant());
    }

    static LocalDate lastDayOf(Date takesEffect) {
        return takesEffect.toInstant().atZone(ProcessingDeadline.GERMANY).toLocalDate().minusDays(1);
    }

    private static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ProcessingDeadline.GERMANY).toLocalDate();
    }

    /** Whether the application is one the deemed approval applies to ({@code deemed.approval.when}). */
    static boolean applies(DelegateExecution execution) {
        String condition = properties(execution).get(CONDITION_PROPERTY);
        if (condition == null || condition.isBlank()) {
            return true;
        }
        int equals = condition.indexOf('=');
        if (equals <= 0) {
            throw new ProcessEngineException("Prozesseigenschaft " + CONDITION_PROPERTY + " „" + condition
                    + "“ hat nicht die Form feld=wert oder feld=wert1|wert2");
        }
        Object value = execution.getVariable(condition.substring(0, equals).strip());
        Set<String> values = Arrays.stream(condition.substring(equals + 1).split("\\|")).map(String::strip)
                .collect(Collectors.toSet());
        return value != null && values.contains(String.valueOf(value));
    }

    private static Period period(DelegateExecution execution) {
        String declared = properties(execution).get(PERIOD_PROPERTY);
        if (declared == null || declared.isBlank()) {
            throw new ProcessEngineException("Der Prozess hat eine Genehmigungsfiktion, aber keine Prozesseigenschaft "
                    + PERIOD_PROPERTY + " (z. B. P3M)");
        }
        return parsePeriod(declared, "Prozesseigenschaft " + PERIOD_PROPERTY);
    }

    private static Period parsePeriod(String iso, String what) {
        try {
            Period period = Period.parse(iso.strip());
            if (period.isNegative() || period.isZero()) {
                throw new DateTimeParseException("not positive", iso, 0);
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new ProcessEngineException(what + " „" + iso + "“ ist keine Dauer nach ISO 8601 (z. B. P3M)", e);
        }
    }

    /** The catalogue properties of the running process ({@code camunda:properties} of the process element). */
    static Map<String, String> properties(DelegateExecution execution) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Process process : execution.getBpmnModelInstance().getModelElementsByType(Process.class)) {
            if (process.getExtensionElements() == null) {
                continue;
            }
            for (CamundaProperty property : process.getExtensionElements().getElementsQuery()
                    .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                    .flatMap(p -> p.getCamundaProperties().stream()).toList()) {
                properties.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
            }
        }
        return properties;
    }

    /**
     * The timer job of the boundary timer on the sub-process whose start listener runs: created with the scope, before
     * its start listeners, and held by the scope execution (also before it is written to the database).
     */
    private static JobEntity timerOf(DelegateExecution execution) {
        Set<String> boundaryTimers = execution.getBpmnModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                .filter(b -> b.getAttachedTo() != null && b.getAttachedTo().getId().equals(execution.getCurrentActivityId()))
                .filter(b -> !b.getChildElementsByType(TimerEventDefinition.class).isEmpty())
                .map(BoundaryEvent::getId).collect(Collectors.toSet());
        List<JobEntity> timers = ((ExecutionEntity) execution).getJobs().stream()
                .filter(job -> boundaryTimers.contains(job.getActivityId())).toList();
        if (timers.size() != 1) {
            throw new ProcessEngineException("${deemedApproval.start(execution)} gehört als Start-Listener an den "
                    + "Teilprozess mit dem Zeitgeber „Entscheidungsfrist abgelaufen“; an " + execution.getCurrentActivityId()
                    + " gibt es " + timers.size() + " solche Zeitgeber");
        }
        return timers.get(0);
    }

    /** The timer while the deemed approval applies and the sub-process runs, else null. */
    private static JobEntity runningTimer(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable(ProcessVariables.DEEMED_APPROVAL_APPLIES))
                || !(execution.getVariable(JOB_ID) instanceof String jobId)) {
            return null;
        }
        return Context.getCommandContext().getJobManager().findJobById(jobId);
    }

    private static String caseNumber(DelegateExecution execution) {
        return String.valueOf(execution.getVariable(ProcessVariables.CASE_NUMBER));
    }
}
