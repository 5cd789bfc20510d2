package de.thueringen.antrag.tasks;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.thueringen.antrag.security.Clerk;
import de.thueringen.antrag.web.ApiProblem;

/**
 * Absences for clerks and team leads, with HTTP Basic or the Tasklist login:
 * {@code POST /api/v1/clerk/absences} {@code {"userId","substituteId","from","to"}} (dates JJJJ-MM-TT, both days
 * included), {@code GET} (current and future absences of the own authority), {@code DELETE …/{id}}. Login and the
 * header X-Antrag-Request that changes need are Spring Security's (security.WebSecurity).
 */
@RestController
@RequestMapping(path = "/api/v1/clerk/absences", produces = "application/json")
class AbsenceController {

    record AbsenceView(long id, String authorityId, String userId, String substituteId, LocalDate from, LocalDate to,
                       String createdBy, Instant createdAt, Integer tasksHandedOver) {

        static AbsenceView of(ClerkAbsence absence, Integer tasksHandedOver) {
            return new AbsenceView(absence.getId(), absence.getAuthorityId(), absence.getUserId(),
                    absence.getSubstituteId(), absence.getFirstDay(), absence.getLastDay(), absence.getCreatedBy(),
                    absence.getCreatedAt(), tasksHandedOver);
        }
    }

    private final Absences absences;

    AbsenceController(Absences absences) {
        this.absences = absences;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<AbsenceView> register(@RequestBody(required = false) Absences.Request body, @AuthenticationPrincipal Clerk clerk) {
        Absences.Registered registered = absences.register(clerk.userId(), body);
        return ResponseEntity.created(URI.create("/api/v1/clerk/absences/" + registered.absence().getId()))
                .body(AbsenceView.of(registered.absence(), registered.tasksHandedOver()));
    }

    @GetMapping
    List<AbsenceView> list(@AuthenticationPrincipal Clerk clerk) {
        return absences.visibleTo(clerk.userId()).stream().map(a -> AbsenceView.of(a, null)).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> cancel(@PathVariable long id, @AuthenticationPrincipal Clerk clerk) {
        absences.cancel(clerk.userId(), id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(ApiProblem.of(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                "Die Anfrage ist kein gültiges JSON; Daten bitte als JJJJ-MM-TT."));
    }
}
