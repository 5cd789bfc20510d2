package de.thueringen.antrag.portal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import de.thueringen.antrag.web.CitizenLimits;
import de.thueringen.antrag.web.FilterResponses;
import de.thueringen.antrag.web.RateLimit;
import de.thueringen.antrag.web.RateLimiter;
import de.thueringen.antrag.web.TooManyRequestsException;

/**
 * Anti-automation for anonymous citizens, per client address, before a request body is read:
 * <ul>
 * <li>token lookups (case and draft pages, tracking API): only answers 404 (an unknown token) use up the budget, so
 * a citizen reloading her own case is never slowed down while guessing tokens is;</li>
 * <li>applications (API and portal form), drafts saved in the portal, and documents handed in later: every request
 * counts.</li>
 * </ul>
 * Over a budget: 429 with {@code Retry-After}, a German page (JSON for the API). The applicant's e-mail address has a
 * budget of its own, checked where the application is accepted (intake).
 */
class CitizenRateLimitFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(CitizenRateLimitFilter.class);

    private static final Pattern PORTAL_SUBMIT = Pattern.compile("/portal/antrag/[^/]+/senden");
    private static final Pattern PORTAL_UPLOAD = Pattern.compile("/portal/vorgang/[^/]+/unterlagen");

    private final RateLimiter failedLookups;
    private final RateLimiter submissions;
    private final RateLimiter drafts;
    private final RateLimiter uploads;

    CitizenRateLimitFilter(int failedLookupsPerMinute, CitizenLimits limits) {
        this.failedLookups = new RateLimiter(new RateLimit(failedLookupsPerMinute, Duration.ofMinutes(1)));
        this.submissions = new RateLimiter(limits.submissionsPerAddress());
        this.drafts = new RateLimiter(limits.draftsPerAddress());
        this.uploads = new RateLimiter(limits.uploadsPerAddress());
    }

    static boolean isTokenLookup(String uri) {
        return uri.startsWith("/portal/vorgang/") || uri.startsWith("/portal/entwurf/") || uri.startsWith("/api/v1/tracking/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !isTokenLookup(uri) && !isCounted(request);
    }

    private static boolean isCounted(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return "POST".equals(request.getMethod()) && (uri.equals("/api/v1/applications")
                || PORTAL_SUBMIT.matcher(uri).matches() || PORTAL_UPLOAD.matcher(uri).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        String uri = request.getRequestURI();
        boolean lookup = isTokenLookup(uri);
        Optional<TooManyRequestsException> refusal = lookup ? failedLookups.waitTime(client).map(CitizenRateLimitFilter::tooManyLookups)
                : Optional.empty();
        if (refusal.isEmpty() && isCounted(request)) {
            refusal = count(request, client);
        }
        if (refusal.isPresent()) {
            LOG.warn("Citizen rate limit {} reached by a client", refusal.get().code());
            FilterResponses.tooManyRequests(request, response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
        if (lookup && response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
            failedLookups.consume(client);
        }
    }

    private Optional<TooManyRequestsException> count(HttpServletRequest request, String client) {
        String uri = request.getRequestURI();
        if (PORTAL_UPLOAD.matcher(uri).matches()) {
            return uploads.tryAcquire(client).map(wait -> new TooManyRequestsException("TOO_MANY_UPLOADS",
                    "Von Ihrem Anschluss wurden in kurzer Zeit zu viele Unterlagen gesendet. Bitte versuchen Sie es "
                            + TooManyRequestsException.germanWait(wait) + " noch einmal.", wait));
        }
        // the portal form posts drafts and applications to one address; the button decides (a form field)
        if (PORTAL_SUBMIT.matcher(uri).matches() && "entwurf".equals(request.getParameter("aktion"))) {
            return drafts.tryAcquire(client).map(wait -> new TooManyRequestsException("TOO_MANY_DRAFTS",
                    "Von Ihrem Anschluss wurden in kurzer Zeit zu viele Entwürfe gespeichert. Bitte versuchen Sie es "
                            + TooManyRequestsException.germanWait(wait) + " noch einmal.", wait));
        }
        return submissions.tryAcquire(client).map(wait -> new TooManyRequestsException("TOO_MANY_SUBMISSIONS",
                "Von Ihrem Anschluss wurden in kurzer Zeit zu viele Anträge gestellt. Bitte versuchen Sie es "
                        + TooManyRequestsException.germanWait(wait) + " noch einmal.", wait));
    }

    private static TooManyRequestsException tooManyLookups(Duration wait) {
        return new TooManyRequestsException("TOO_MANY_REQUESTS", "Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es "
                + TooManyRequestsException.germanWait(wait) + " noch einmal.", wait);
    }
}
