package de.thueringen.antrag.portal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * How often one client address may try tokens that do not exist (tracking, drafts): a token bucket per address
 * (bucket4j), refilled every minute. Only failed lookups use up the budget, so a citizen who reloads the page of
 * their own case is never slowed down, while guessing tokens is. The buckets of the least recently seen addresses are forgotten beyond a fixed
 * number, so the limiter's memory stays bounded.
 */
class TrackingRateLimiter {

    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    TrackingRateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** False once the address has used up its failed lookups. */
    boolean allowed(String clientAddress) {
        return bucket(clientAddress).getAvailableTokens() > 0;
    }

    /** Counts a lookup that found nothing; false if the budget was used up already. */
    boolean recordFailure(String clientAddress) {
        return bucket(clientAddress).tryConsume(1);
    }

    private Bucket bucket(String clientAddress) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(clientAddress, a -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build());
        }
    }
}
