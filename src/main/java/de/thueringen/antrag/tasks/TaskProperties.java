package de.thueringen.antrag.tasks;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the task handling ({@code antrag.tasks.*}).
 *
 * @param escalationPriority priority an overdue task gets when it is escalated to the team lead (Camunda: 50 is
 *                           normal); tasks at or above it count as escalated
 * @param jobInterval        how often overdue tasks are escalated and the tasks of clerks whose absence began are
 *                           handed to their substitutes (ISO-8601 duration)
 * @param dailyCron          when the filters are synchronised and "Überfällig / heute fällig" moves to the new day
 *                           (German time)
 * @param jobsEnabled        scheduled jobs on; switch off where another instance runs them
 */
@ConfigurationProperties("antrag.tasks")
public record TaskProperties(@DefaultValue("80") int escalationPriority,
                             @DefaultValue("PT5M") String jobInterval,
                             @DefaultValue("0 5 0 * * *") String dailyCron,
                             @DefaultValue("true") boolean jobsEnabled) {

    /** The calendar that decides what "today", "overdue" and an absence's days mean. */
    public static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
}
