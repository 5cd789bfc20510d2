package de.thueringen.antrag.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;

/**
 * Finds the clerk behind a request, from their Camunda webapp login (a clerk clicks a link in Tasklist) or from
 * HTTP Basic credentials (API clients), and decides whether they may see a case of a given authority: only
 * members of that authority's tenant may, and administrators.
 */
@Component
public class ClerkAccess {

    private static final String ENGINE = "default";

    private final IdentityService identityService;

    public ClerkAccess(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<Clerk> currentClerk(HttpServletRequest request) {
        Optional<Clerk> fromWebapp = fromWebappSession(request.getSession(false));
        return fromWebapp.isPresent() ? fromWebapp : fromBasicCredentials(request.getHeader("Authorization"));
    }

    public boolean mayAccess(Clerk clerk, String authorityId) {
        boolean member = identityService.createTenantQuery()
                .userMember(clerk.userId()).includingGroupsOfUser(true).tenantId(authorityId).count() > 0;
        return member || isAdministrator(clerk);
    }

    /** Member of the group (a role of one authority, such as its cash office), or administrator. */
    public boolean hasRole(Clerk clerk, String groupId) {
        boolean member = identityService.createGroupQuery()
                .groupMember(clerk.userId()).groupId(groupId).count() > 0;
        return member || isAdministrator(clerk);
    }

    public boolean isAdministrator(Clerk clerk) {
        return identityService.createGroupQuery()
                .groupMember(clerk.userId()).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
    }

    private static Optional<Clerk> fromWebappSession(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(ENGINE);
        return authentication == null ? Optional.empty() : Optional.of(new Clerk(authentication.getIdentityId()));
    }

    private Optional<Clerk> fromBasicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        return identityService.checkPassword(user, decoded.substring(colon + 1)) ? Optional.of(new Clerk(user)) : Optional.empty();
    }
}
