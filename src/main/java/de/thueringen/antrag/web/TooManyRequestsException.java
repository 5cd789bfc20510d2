package de.thueringen.antrag.web;

import java.time.Duration;

/**
 * A client went over one of the rate limits: answered 429 with {@code Retry-After}, a stable code for machines and
 * a German sentence for people (JSON for the API, a page in the portal).
 */
public class TooManyRequestsException extends RuntimeException {

    private final String code;
    private final Duration retryAfter;

    public TooManyRequestsException(String code, String message, Duration retryAfter) {
        super(message);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    /** Whole seconds for the {@code Retry-After} header, at least one. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** "in etwa 3 Minuten", "in etwa 20 Sekunden": when the client may try again, for the German messages. */
    public static String germanWait(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 90) {
            return seconds == 1 ? "in einer Sekunde" : "in etwa " + seconds + " Sekunden";
        }
        long minutes = (seconds + 59) / 60;
        return "in etwa " + minutes + " Minuten";
    }
}
