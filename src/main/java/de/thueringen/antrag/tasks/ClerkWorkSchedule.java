package de.thueringen.antrag.tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the task handling runs by itself: at startup the filters of every clerk account and the due-today date;
 * every night at 00:05 (German time) the same; every {@code antrag.tasks.job-interval} (5 minutes) the escalation of
 * overdue tasks and the hand-over of absent clerks' tasks. {@code antrag.tasks.jobs-enabled=false} leaves the
 * scheduled part to another instance.
 */
@Component
class ClerkWorkSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(ClerkWorkSchedule.class);

    private final ClerkFilters filters;
    private final TaskEscalations escalations;
    private final Absences absences;
    private final TaskProperties properties;

    ClerkWorkSchedule(ClerkFilters filters, TaskEscalations escalations, Absences absences, TaskProperties properties) {
        this.filters = filters;
        this.escalations = escalations;
        this.absences = absences;
        this.properties = properties;
    }

    /** After the authorities' tenants and groups exist (AuthorityTenantSynchronizer, order 0). */
    @Order(10)
    @EventListener(ApplicationStartedEvent.class)
    void atStartup() {
        filters.prepareAll();
        filters.refreshDueDates();
    }

    @Scheduled(cron = "${antrag.tasks.daily-cron:0 5 0 * * *}", zone = "Europe/Berlin")
    void nightly() {
        if (!properties.jobsEnabled()) {
            return;
        }
        filters.prepareAll();
        filters.refreshDueDates();
        absences.handOverAssignedTasks();
    }

    @Scheduled(initialDelayString = "${antrag.tasks.job-interval:PT5M}", fixedDelayString = "${antrag.tasks.job-interval:PT5M}")
    void frequently() {
        if (!properties.jobsEnabled()) {
            return;
        }
        try {
            escalations.escalateOverdueTasks();
        } catch (RuntimeException e) {
            LOG.error("Escalation of overdue tasks failed", e);
        }
        try {
            absences.handOverAssignedTasks();
        } catch (RuntimeException e) {
            LOG.error("Hand-over of absent clerks' tasks failed", e);
        }
    }
}
