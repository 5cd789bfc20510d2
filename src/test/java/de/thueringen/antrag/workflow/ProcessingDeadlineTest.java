package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The statutory processing period at submission, and the task dates {@code ${deadlines}} derives from it. */
class ProcessingDeadlineTest {

    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    /** Friday 27 March 2026, 10:30 in Erfurt; summer time starts two days later. */
    private static final Instant SUBMITTED = ZonedDateTime.of(2026, 3, 27, 10, 30, 15, 0, GERMANY).toInstant();

    private final TaskDeadlines deadlines = new TaskDeadlines();

    @BeforeEach
    void clock() {
        ClockUtil.setCurrentTime(Date.from(SUBMITTED));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theDeadlineIsTheSubmissionPlusTheServicesProcessingDaysInGermanTime() {
        Map<String, Object> variables = ProcessingDeadline.startVariables(Map.of("processing.days", "14"), SUBMITTED);

        assertThat(variables).containsEntry("processingDeadline", "2026-04-10T10:30:15+02:00")
                .containsEntry("processingDays", 14);
    }

    @Test
    void aServiceWithoutAValidPeriodGetsNoDeadline() {
        assertThat(ProcessingDeadline.startVariables(Map.of(), SUBMITTED)).isEmpty();
        assertThat(ProcessingDeadline.startVariables(Map.of("processing.days", "zwei Wochen"), SUBMITTED)).isEmpty();
        assertThat(ProcessingDeadline.startVariables(null, SUBMITTED)).isEmpty();
    }

    @Test
    void tasksAreDueAtOrBeforeTheDeadlineButNeverBeforeNow() {
        VariableScope scope = scope(ProcessingDeadline.startVariables(Map.of("processing.days", "30"), SUBMITTED));

        assertThat(deadlines.atDeadline(scope, 3)).isEqualTo(at(2026, 4, 26, 10, 30, 15));
        assertThat(deadlines.beforeDeadline(scope, 2, 7)).isEqualTo(at(2026, 4, 24, 10, 30, 15));
        assertThat(deadlines.daysBefore(deadlines.beforeDeadline(scope, 2, 7), 2)).isEqualTo(at(2026, 4, 22, 10, 30, 15));

        ClockUtil.setCurrentTime(at(2026, 5, 1, 8, 0, 0));
        assertThat(deadlines.atDeadline(scope, 3)).as("overdue case: due now").isEqualTo(at(2026, 5, 1, 8, 0, 0));
        assertThat(deadlines.daysBefore(at(2026, 5, 2, 8, 0, 0), 2)).isEqualTo(at(2026, 5, 1, 8, 0, 0));
    }

    @Test
    void withoutADeadlineTheFixedPeriodCounts() {
        VariableScope older = scope(Map.of());

        assertThat(deadlines.beforeDeadline(older, 2, 7)).isEqualTo(at(2026, 4, 3, 10, 30, 15));
        assertThat(deadlines.atDeadline(older, 3)).isEqualTo(at(2026, 3, 30, 10, 30, 15));
    }

    @Test
    void theDayBeforeTheDeemedApprovalCountsWhenItIsEarlier() {
        Map<String, Object> variables = new HashMap<>(ProcessingDeadline.startVariables(Map.of("processing.days", "90"), SUBMITTED));
        variables.put("deemedApprovalApplies", true);
        variables.put("deemedApprovalDue", at(2026, 5, 1, 0, 0, 0));

        assertThat(deadlines.atDeadline(scope(variables), 3)).isEqualTo(at(2026, 4, 30, 0, 0, 0));
        variables.put("deemedApprovalApplies", false);
        assertThat(deadlines.atDeadline(scope(variables), 3)).isEqualTo(at(2026, 6, 25, 10, 30, 15));
    }

    @Test
    void readsTheDeadlineInTheFormsItMayHave() {
        assertThat(ProcessingDeadline.parse("2026-04-10T10:30:15+02:00")).contains(at(2026, 4, 10, 10, 30, 15).toInstant());
        assertThat(ProcessingDeadline.parse("2026-04-10T10:30")).contains(at(2026, 4, 10, 10, 30, 0).toInstant());
        assertThat(ProcessingDeadline.parse("2026-04-10")).contains(at(2026, 4, 10, 0, 0, 0).toInstant());
        assertThat(ProcessingDeadline.parse(at(2026, 4, 10, 0, 0, 0))).contains(at(2026, 4, 10, 0, 0, 0).toInstant());
        assertThat(ProcessingDeadline.parse("bald")).isEmpty();
        assertThat(ProcessingDeadline.parse(null)).isEmpty();
    }

    private static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, second, 0, GERMANY).toInstant());
    }

    /** A variable scope that only answers reads, as the bean only reads. */
    private static VariableScope scope(Map<String, Object> variables) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        return scope;
    }
}
