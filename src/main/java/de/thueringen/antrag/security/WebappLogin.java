package de.thueringen.antrag.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * The user logged into the Camunda webapps (Tasklist, Cockpit) in this browser session, as the webapps keep it in
 * the HTTP session. Never creates a session.
 */
public final class WebappLogin {

    private static final String ENGINE = "default";

    private WebappLogin() {
    }

    public static Optional<String> userId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(ENGINE);
        return authentication == null ? Optional.empty() : Optional.ofNullable(authentication.getIdentityId());
    }
}
