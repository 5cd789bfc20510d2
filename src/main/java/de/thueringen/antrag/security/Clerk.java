package de.thueringen.antrag.security;

/** An authenticated Camunda user acting as clerk. */
public record Clerk(String userId) {
}
