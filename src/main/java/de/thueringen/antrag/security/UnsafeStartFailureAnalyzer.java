package de.thueringen.antrag.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a refused production start as Spring Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
class UnsafeStartFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeStartException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Setzen Sie die genannten Einstellungen (Umgebungsvariablen, siehe README „Sicherheit / Produktionsstart“) "
                        + "oder starten Sie zum Ausprobieren mit dem Profil demo.\n"
                        + "Set the settings named above (environment variables, see README \"Sicherheit / "
                        + "Produktionsstart\") or start with the profile demo to try the application.", cause);
    }
}
