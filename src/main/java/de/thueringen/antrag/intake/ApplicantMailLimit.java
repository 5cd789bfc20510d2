package de.thueringen.antrag.intake;

import java.util.Locale;

import org.springframework.stereotype.Component;

import de.thueringen.antrag.web.CitizenLimits;
import de.thueringen.antrag.web.RateLimiter;
import de.thueringen.antrag.web.TooManyRequestsException;

/**
 * How many applications one applicant e-mail address may make in a while: each application mails a link to that
 * address, so without this budget anyone could have the platform mail a stranger again and again, from many
 * client addresses. Counted when an application is accepted (after validation), so typing errors cost nothing.
 */
@Component
class ApplicantMailLimit {

    private final RateLimiter limiter;

    ApplicantMailLimit(CitizenLimits limits) {
        this.limiter = new RateLimiter(limits.submissionsPerEmail());
    }

    /** @throws TooManyRequestsException if the address has used up its budget */
    void count(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        limiter.tryAcquire(email.strip().toLowerCase(Locale.ROOT)).ifPresent(wait -> {
            throw new TooManyRequestsException("TOO_MANY_SUBMISSIONS_FOR_EMAIL",
                    "Mit dieser E-Mail-Adresse wurden in kurzer Zeit zu viele Anträge gestellt. Bitte versuchen Sie es "
                            + TooManyRequestsException.germanWait(wait) + " noch einmal.", wait);
        });
    }
}
