package de.thueringen.antrag.tasks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.AuthorityDirectory;
import de.thueringen.antrag.security.ClerkRoles;

/**
 * Who works where: a clerk belongs to an authority through its group {@code <id>-sachbearbeitung}, a team lead through
 * {@code <id>-leitung} (see AuthorityTenantSynchronizer). Reads Camunda's identity service; called outside engine
 * commands, so no user's authorizations restrict it.
 */
@Component
public class ClerkDirectory {

    static final String CLERK_SUFFIX = "-sachbearbeitung";
    static final String LEAD_SUFFIX = "-leitung";

    private final IdentityService identityService;
    private final AuthorityDirectory authorities;

    ClerkDirectory(IdentityService identityService, AuthorityDirectory authorities) {
        this.identityService = identityService;
        this.authorities = authorities;
    }

    /** Authorities the user works for, as clerk or as team lead. */
    public Set<String> authoritiesOf(String userId) {
        Set<String> result = new LinkedHashSet<>();
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            authorityOfGroup(group.getId()).ifPresent(result::add);
        }
        return result;
    }

    public boolean isLead(String userId, String authorityId) {
        return isMember(userId, authorityId + LEAD_SUFFIX);
    }

    /** Clerk or team lead of the authority. */
    public boolean worksFor(String userId, String authorityId) {
        return isMember(userId, authorityId + CLERK_SUFFIX) || isLead(userId, authorityId);
    }

    public boolean isAdministrator(String userId) {
        return isMember(userId, Groups.CAMUNDA_ADMIN);
    }

    /** Every account with the clerk role, team leads included. */
    public List<String> clerkAccounts() {
        return identityService.createUserQuery().memberOfGroup(ClerkRoles.CLERK_ROLE).list().stream()
                .map(User::getId).toList();
    }

    public boolean userExists(String userId) {
        return userId != null && identityService.createUserQuery().userId(userId).count() > 0;
    }

    private boolean isMember(String userId, String groupId) {
        return userId != null && identityService.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
    }

    private java.util.Optional<String> authorityOfGroup(String groupId) {
        String authorityId = groupId.endsWith(CLERK_SUFFIX)
                ? groupId.substring(0, groupId.length() - CLERK_SUFFIX.length())
                : groupId.endsWith(LEAD_SUFFIX) ? groupId.substring(0, groupId.length() - LEAD_SUFFIX.length()) : null;
        return authorityId == null ? java.util.Optional.empty() : authorities.byId(authorityId).map(Authority::id);
    }
}
