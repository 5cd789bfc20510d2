package de.thueringen.antrag.web;

import java.time.Duration;

import io.github.bucket4j.TimeMeter;

/** A clock for rate limiter tests that moves only when the test says so. */
public final class ManualTime implements TimeMeter {

    private long nanos;

    public void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
        return nanos;
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
