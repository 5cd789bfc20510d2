package de.thueringen.antrag.security;

import java.util.List;
import java.util.stream.Collectors;

/** The start was refused because the configuration is unsafe outside the demo; every problem in German and English. */
class UnsafeStartException extends IllegalStateException {

    /** One reason, with what to configure. */
    record Problem(String german, String english) {
    }

    private final List<Problem> problems;

    UnsafeStartException(List<Problem> problems) {
        super("Start abgelehnt / start refused:\n" + problems.stream()
                .map(p -> "- " + p.german() + "\n  " + p.english()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
