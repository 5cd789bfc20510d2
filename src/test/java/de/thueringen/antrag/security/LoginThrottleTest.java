package de.thueringen.antrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import de.thueringen.antrag.web.ManualTime;
import de.thueringen.antrag.web.RateLimit;

class LoginThrottleTest {

    private final ManualTime time = new ManualTime();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(
            new RateLimit(3, Duration.ofMinutes(3)), new RateLimit(5, Duration.ofMinutes(5))), time);

    @Test
    void anAddressThatKeepsFailingWaitsOthersDoNot() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal("203.0.113.1", "erfurt.sb")).isEmpty();
            throttle.failed("203.0.113.1", "erfurt.sb");
        }
        assertThat(throttle.refusal("203.0.113.1", "erfurt.sb")).isPresent();
        assertThat(throttle.refusal("203.0.113.1", "jena.sb")).as("any account, from that address").isPresent();
        assertThat(throttle.refusal("203.0.113.2", "erfurt.sb")).as("the clerk elsewhere").isEmpty();
    }

    @Test
    void successfulLoginsCostNothing() {
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.refusal("203.0.113.1", "erfurt.sb")).isEmpty();
            throttle.succeeded("203.0.113.1", "erfurt.sb");
        }
    }

    @Test
    void theAddressMayTryAgainAfterTheRefillNothingStaysLocked() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("203.0.113.1", "erfurt.sb");
        }
        Duration wait = throttle.refusal("203.0.113.1", "erfurt.sb").orElseThrow();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        time.advance(wait);
        assertThat(throttle.refusal("203.0.113.1", "erfurt.sb")).isEmpty();
    }

    @Test
    void manyAddressesSlowAnAccountDownForStrangersButNotForItsKnownAddress() {
        throttle.succeeded("198.51.100.1", "erfurt.sb"); // the clerk's office
        for (int i = 0; i < 5; i++) {
            throttle.failed("203.0.113." + i, "Erfurt.SB");
        }
        assertThat(throttle.refusal("203.0.113.99", "erfurt.sb")).as("a stranger's new address").isPresent();
        assertThat(throttle.refusal("198.51.100.1", "erfurt.sb")).as("the clerk's office").isEmpty();
        assertThat(throttle.refusal("203.0.113.99", "jena.sb")).as("another account").isEmpty();
    }

    @Test
    void aRequestWithoutAccountIsHeldBackByItsAddressOnly() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("203.0.113.7", null);
        }
        assertThat(throttle.refusal("203.0.113.7", null)).isPresent();
        assertThat(throttle.refusal("203.0.113.8", null)).isEmpty();
    }

    @Test
    void readsTheUserOfBasicCredentialsAndTheLoginForm() {
        assertThat(LoginThrottleFilter.basicUser("Basic ZXJmdXJ0LnNiOmdlaGVpbQ==")).hasValue("erfurt.sb");
        assertThat(LoginThrottleFilter.basicUser("basic %%%")).hasValue("");
        assertThat(LoginThrottleFilter.basicUser("Bearer abc")).isEmpty();
        assertThat(LoginThrottleFilter.basicUser(null)).isEmpty();
        assertThat(LoginThrottleFilter.formField("password=x%26y&username=J%C3%BCrgen.sb".getBytes(), "username"))
                .hasValue("Jürgen.sb");
        assertThat(LoginThrottleFilter.formField("password=x".getBytes(), "username")).isEmpty();
    }
}
