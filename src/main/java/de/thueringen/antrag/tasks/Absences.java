package de.thueringen.antrag.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.thueringen.antrag.clerk.ClerkApiException;

/**
 * Absences and substitutes. A clerk enters their own absence, a team lead that of anyone in the team; the substitute
 * must work for the same authority. While the absence lasts, a task of that authority assigned to the absent clerk
 * goes to the substitute: at once when it is assigned (task listener), and tasks assigned before the absence began
 * are handed over when it is entered and by the job ({@link #handOverAssignedTasks()}). If the substitute is absent
 * too, their substitute takes over (up to {@value #MAX_CHAIN} steps; a circle leaves the task where it is).
 */
@Service
public class Absences {

    static final String AUDIT_ACTION = "AUFGABE_VERTRETUNG";
    static final int MAX_CHAIN = 5;
    static final int MAX_DAYS = 366;
    private static final Logger LOG = LoggerFactory.getLogger(Absences.class);

    /** What a caller asks for; {@code authorityId} only needed where the clerk works for several authorities. */
    public record Request(String userId, String substituteId, LocalDate from, LocalDate to, String authorityId) {
    }

    public record Registered(ClerkAbsence absence, int tasksHandedOver) {
    }

    private final ClerkAbsenceRepository repository;
    private final ClerkDirectory clerks;
    private final TaskService taskService;
    private final TaskCases cases;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Absences(ClerkAbsenceRepository repository, ClerkDirectory clerks, TaskService taskService, TaskCases cases,
             Clock clock, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.clerks = clerks;
        this.taskService = taskService;
        this.cases = cases;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Transactional
    public Registered register(String callerId, Request request) {
        if (request == null || blank(request.userId()) || blank(request.substituteId()) || request.from() == null
                || request.to() == null) {
            throw ClerkApiException.invalid("Bitte geben Sie userId, substituteId, from und to (JJJJ-MM-TT) an.");
        }
        LocalDate today = today();
        if (request.to().isBefore(request.from())) {
            throw ClerkApiException.invalid("Das Ende der Abwesenheit liegt vor ihrem Beginn.");
        }
        if (request.to().isBefore(today)) {
            throw ClerkApiException.invalid("Die Abwesenheit liegt ganz in der Vergangenheit.");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) >= MAX_DAYS) {
            throw ClerkApiException.invalid("Eine Abwesenheit darf höchstens " + MAX_DAYS + " Tage dauern.");
        }
        if (request.userId().equals(request.substituteId())) {
            throw ClerkApiException.invalid("Vertretung und abwesende Person müssen verschieden sein.");
        }
        String authorityId = authorityFor(callerId, request);
        ClerkAbsence absence = repository.save(new ClerkAbsence(authorityId, request.userId(), request.substituteId(),
                request.from(), request.to(), callerId, clock.instant()));
        LOG.info("Absence {} of a clerk of {} entered ({} to {})", absence.getId(), authorityId, request.from(), request.to());
        int handedOver = absence.covers(today) ? handOver(absence, today) : 0;
        return new Registered(absence, handedOver);
    }

    /** Current and future absences of the authorities the caller works for. */
    @Transactional(readOnly = true)
    public List<ClerkAbsence> visibleTo(String callerId) {
        Set<String> authorities = clerks.authoritiesOf(callerId);
        return authorities.isEmpty() ? List.of()
                : repository.findByAuthorityIdInAndLastDayGreaterThanEqualOrderByFirstDayAscIdAsc(authorities, today());
    }

    /** The absent clerk, who entered it, or the team lead may withdraw an absence. */
    @Transactional
    public void cancel(String callerId, long absenceId) {
        ClerkAbsence absence = repository.findById(absenceId)
                .filter(a -> clerks.worksFor(callerId, a.getAuthorityId()))
                .orElseThrow(() -> ClerkApiException.notFound("Diese Abwesenheit gibt es nicht."));
        boolean allowed = callerId.equals(absence.getUserId()) || callerId.equals(absence.getCreatedBy())
                || clerks.isLead(callerId, absence.getAuthorityId());
        if (!allowed) {
            throw ClerkApiException.forbidden("Nur die abwesende Person, wer sie eingetragen hat, oder die Leitung kann "
                    + "die Abwesenheit löschen.");
        }
        repository.delete(absence);
    }

    /**
     * Whom a task of the authority assigned to this clerk goes to today: the substitute of the clerk's absence,
     * following substitutes who are absent themselves. Empty if the clerk is present (or the substitutes form a circle).
     */
    @Transactional(readOnly = true)
    public Optional<String> substituteFor(String userId, String authorityId, LocalDate day) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(userId);
        String current = userId;
        for (int step = 0; step < MAX_CHAIN; step++) {
            List<ClerkAbsence> absences = repository.activeFor(current, authorityId, day);
            if (absences.isEmpty()) {
                return current.equals(userId) ? Optional.empty() : Optional.of(current);
            }
            current = absences.get(0).getSubstituteId();
            if (!seen.add(current)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The job: tasks of every absent clerk go to their substitutes. Returns the number of tasks handed over. */
    public int handOverAssignedTasks() {
        LocalDate today = today();
        int handedOver = 0;
        for (ClerkAbsence absence : repository.activeOn(today)) {
            handedOver += handOver(absence, today);
        }
        if (handedOver > 0) {
            LOG.info("Absences: {} tasks handed to substitutes", handedOver);
        }
        return handedOver;
    }

    private int handOver(ClerkAbsence absence, LocalDate today) {
        Optional<String> substitute = substituteFor(absence.getUserId(), absence.getAuthorityId(), today);
        if (substitute.isEmpty()) {
            return 0;
        }
        List<Task> tasks = taskService.createTaskQuery().taskAssignee(absence.getUserId())
                .tenantIdIn(absence.getAuthorityId()).unlimitedList();
        String lastDay = absence.getLastDay().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        for (Task task : tasks) {
            transaction.executeWithoutResult(status -> {
                taskService.setAssignee(task.getId(), substitute.get());
                cases.audit(cases.of(task), substitute.get(), AUDIT_ACTION, "Aufgabe „" + task.getName() + "“: "
                        + absence.getUserId() + " ist bis " + lastDay + " abwesend, übernommen von " + substitute.get()
                        + " (Vertretung)");
            });
        }
        return tasks.size();
    }

    private String authorityFor(String callerId, Request request) {
        List<String> candidates = new ArrayList<>();
        if (!blank(request.authorityId())) {
            candidates.add(request.authorityId());
        } else {
            candidates.addAll(clerks.authoritiesOf(callerId));
        }
        Set<String> suitable = new HashSet<>();
        for (String authorityId : candidates) {
            boolean callerMay = callerId.equals(request.userId()) ? clerks.worksFor(callerId, authorityId)
                    : clerks.isLead(callerId, authorityId);
            if (callerMay && clerks.worksFor(request.userId(), authorityId)
                    && clerks.worksFor(request.substituteId(), authorityId)) {
                suitable.add(authorityId);
            }
        }
        if (suitable.size() == 1) {
            return suitable.iterator().next();
        }
        if (suitable.size() > 1) {
            throw ClerkApiException.invalid("Sie arbeiten für mehrere Behörden: bitte geben Sie authorityId an.");
        }
        throw new ClerkApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "Abwesenheiten kann man für sich selbst "
                + "eintragen, als Leitung auch für das Team; die Vertretung muss derselben Behörde angehören.");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TaskProperties.GERMANY));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
