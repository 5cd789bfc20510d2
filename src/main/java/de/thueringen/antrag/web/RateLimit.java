package de.thueringen.antrag.web;

import java.time.Duration;

/**
 * A limit as operators write it in application.yml: at most {@code capacity} events per {@code period}. The budget
 * refills gradually (one event every period / capacity), so a client that was stopped may go on a little later
 * rather than only when a whole period has passed.
 */
public record RateLimit(int capacity, Duration period) {

    public RateLimit {
        if (capacity < 1) {
            throw new IllegalArgumentException("A rate limit needs a capacity of at least 1, was " + capacity);
        }
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive period, was " + period);
        }
    }
}
