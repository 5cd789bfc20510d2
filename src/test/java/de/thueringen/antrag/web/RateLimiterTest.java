package de.thueringen.antrag.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualTime time = new ManualTime();

    @Test
    void countsEveryEventPerKeyAndTellsHowLongToWait() {
        RateLimiter limiter = new RateLimiter(new RateLimit(3, Duration.ofMinutes(3)), time);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("203.0.113.1")).isEmpty();
        }
        assertThat(limiter.tryAcquire("203.0.113.1")).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofSeconds(50)).isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(limiter.tryAcquire("203.0.113.2")).as("another key has its own budget").isEmpty();
    }

    @Test
    void refillsGraduallyNotOnlyAfterTheWholePeriod() {
        RateLimiter limiter = new RateLimiter(new RateLimit(3, Duration.ofMinutes(3)), time);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        time.advance(Duration.ofSeconds(61));
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isPresent();
    }

    @Test
    void failuresCountedAfterTheFactLeaveSuccessesFree() {
        RateLimiter limiter = new RateLimiter(new RateLimit(2, Duration.ofMinutes(1)), time);
        assertThat(limiter.waitTime("a")).isEmpty();
        limiter.consume("a");
        assertThat(limiter.waitTime("a")).as("checking costs nothing").isEmpty();
        assertThat(limiter.waitTime("a")).isEmpty();
        limiter.consume("a");
        limiter.consume("a"); // already at zero: stays there
        assertThat(limiter.waitTime("a")).hasValueSatisfying(wait -> assertThat(wait).isPositive());
        time.advance(Duration.ofSeconds(31));
        assertThat(limiter.waitTime("a")).isEmpty();
    }

    @Test
    void forgetsTheLeastRecentlySeenKeysSoMemoryStaysBounded() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, Duration.ofHours(1)), time);
        limiter.tryAcquire("first");
        for (int i = 0; i < RateLimiter.MAX_KEYS; i++) {
            limiter.tryAcquire("k" + i);
        }
        assertThat(limiter.tryAcquire("first")).as("forgotten, so a full budget again").isEmpty();
    }

    @Test
    void refusesLimitsThatCannotWork() {
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void germanWaitAndRetryAfterRoundUp() {
        assertThat(TooManyRequestsException.germanWait(Duration.ofMillis(1200))).isEqualTo("in etwa 2 Sekunden");
        assertThat(TooManyRequestsException.germanWait(Duration.ofSeconds(130))).isEqualTo("in etwa 3 Minuten");
        assertThat(new TooManyRequestsException("X", "x", Duration.ofMillis(10)).retryAfterSeconds()).isEqualTo(1);
        assertThat(new TooManyRequestsException("X", "x", Duration.ofMillis(2001)).retryAfterSeconds()).isEqualTo(3);
    }
}
