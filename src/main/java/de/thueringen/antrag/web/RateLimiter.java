package de.thueringen.antrag.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket (bucket4j) per key, such as a client address, an account or an e-mail address. Two ways of use:
 * {@link #tryAcquire} counts every request, while {@link #waitTime} plus {@link #consume} count only what went wrong
 * (a failed login, an unknown token), so that legitimate use never uses up the budget.
 * <p>
 * The buckets of the least recently seen keys are forgotten beyond a fixed number, so memory stays bounded whatever
 * an attacker sends; a forgotten key starts again with a full budget. The state lives in this instance only: with
 * several instances behind a load balancer each one counts for itself.
 */
public final class RateLimiter {

    static final int MAX_KEYS = 20_000;

    private final RateLimit limit;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public RateLimiter(RateLimit limit) {
        this(limit, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** @param time the clock of the buckets (tests pass one they move themselves) */
    public RateLimiter(RateLimit limit, TimeMeter time) {
        this.limit = limit;
        this.time = time;
    }

    /** Counts one event. Empty if it was within the limit, otherwise how long the key has to wait for the next one. */
    public Optional<Duration> tryAcquire(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Without counting anything: empty if the key may act now, otherwise how long it has to wait. */
    public Optional<Duration> waitTime(String key) {
        EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Counts an event after the fact (a failure); a budget that is used up already stays at zero. */
    public void consume(String key) {
        bucket(key).tryConsume(1);
    }

    public RateLimit limit() {
        return limit;
    }

    private Bucket bucket(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .withCustomTimePrecision(time)
                    .addLimit(Bandwidth.builder().capacity(limit.capacity())
                            .refillGreedy(limit.capacity(), limit.period()).build())
                    .build());
        }
    }
}
