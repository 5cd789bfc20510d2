package de.thueringen.antrag.clerk;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.security.Clerk;
import de.thueringen.antrag.security.ClerkAccess;

/**
 * The clerk behind a call of the clerks' JSON API (Tasklist login or HTTP Basic), and the rule for calls that change
 * something: they must carry the header {@value #SCRIPTED_REQUEST_HEADER}. A page of another site can make a browser
 * send a form or a simple request with the clerk's cookie or cached Basic credentials, but it cannot add a custom
 * header without a CORS preflight, which this application never grants. So the header proves that our own script
 * (the Tasklist plugin) or an API client made the call.
 */
@Component
public class ClerkRequests {

    public static final String SCRIPTED_REQUEST_HEADER = "X-Antrag-Request";

    private final ClerkAccess access;

    ClerkRequests(ClerkAccess access) {
        this.access = access;
    }

    public Clerk requireClerk(HttpServletRequest request) {
        return access.currentClerk(request).orElseThrow(ClerkApiException::loginRequired);
    }

    /** A clerk allowed to change something: logged in, and the call carries the scripted-request header. */
    public Clerk requireClerkForChange(HttpServletRequest request) {
        String header = request.getHeader(SCRIPTED_REQUEST_HEADER);
        if (header == null || header.isBlank()) {
            throw new ClerkApiException(HttpStatus.FORBIDDEN, "SCRIPTED_REQUEST_REQUIRED",
                    "Änderungen sind nur mit dem Kopfzeilenfeld " + SCRIPTED_REQUEST_HEADER + " möglich (Schutz vor "
                            + "Anfragen fremder Seiten).");
        }
        return requireClerk(request);
    }

    public boolean mayAccess(Clerk clerk, String authorityId) {
        return access.mayAccess(clerk, authorityId);
    }
}
