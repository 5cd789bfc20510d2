package de.thueringen.antrag.web;

import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Every error our JSON APIs return, as RFC 9457 problem details ({@code application/problem+json}): {@code status},
 * {@code title}, the German sentence for people as {@code detail}, the stable machine code as {@code code} and, for a
 * rejected submission, {@code fieldErrors}. The same code is also in {@code error} and the sentence in
 * {@code message}: those were the fields before problem details, and clients read them.
 */
public final class ApiProblem {

    private ApiProblem() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String germanMessage) {
        return of(status, code, germanMessage, List.of());
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String germanMessage, List<FieldError> fieldErrors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, germanMessage);
        problem.setProperty("code", code);
        problem.setProperty("error", code);
        problem.setProperty("message", germanMessage);
        if (!fieldErrors.isEmpty()) {
            problem.setProperty("fieldErrors", List.copyOf(fieldErrors));
        }
        return problem;
    }
}
