package de.thueringen.antrag.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import de.thueringen.antrag.web.CitizenLimits;
import de.thueringen.antrag.web.RateLimit;
import de.thueringen.antrag.web.TooManyRequestsException;

class ApplicantMailLimitTest {

    private static final RateLimit MANY = new RateLimit(100, Duration.ofHours(1));

    @Test
    void oneEmailAddressMayApplyOnlySoOftenWhateverItsSpelling() {
        ApplicantMailLimit limit = new ApplicantMailLimit(new CitizenLimits(MANY, new RateLimit(2, Duration.ofHours(1)), MANY, MANY, MANY));
        limit.count("opfer@example.org");
        limit.count(" Opfer@Example.ORG");
        assertThatThrownBy(() -> limit.count("opfer@example.org"))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.code()).isEqualTo("TOO_MANY_SUBMISSIONS_FOR_EMAIL");
                    assertThat(e.getMessage()).contains("E-Mail-Adresse");
                    assertThat(e.retryAfterSeconds()).isPositive();
                });
        limit.count("jemand@example.org");
        limit.count(null); // no address, no mail: nothing to count
    }
}
