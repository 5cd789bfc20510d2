package de.thueringen.antrag.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The one rule for "may this user act for authority A": members of A's tenant (through a group such as
 * {@code <A>-sachbearbeitung}, {@code <A>-leitung} or {@code <A>-kasse}, or directly) may, and administrators
 * (camunda-admin) may act for every authority. Roles within an authority (its cash office) are group memberships.
 * The engine applies the same tenant rule to tasks and instances; this bean applies it to our own endpoints.
 */
@Component
public class AuthorityMembership {

    static final String GROUP_PREFIX = "GROUP_";
    static final String TENANT_PREFIX = "TENANT_";

    private final IdentityService identityService;

    AuthorityMembership(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user with their current groups and tenants, read from Camunda's identity service. */
    Clerk load(String userId) {
        return new Clerk(userId,
                identityService.createGroupQuery().groupMember(userId).list().stream()
                        .map(Group::getId).collect(Collectors.toSet()),
                identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId).collect(Collectors.toSet()));
    }

    public boolean mayActFor(Clerk clerk, String authorityId) {
        return clerk.tenantIds().contains(authorityId) || isAdministrator(clerk);
    }

    /** Member of the group (a role of one authority, such as its cash office), or administrator. */
    public boolean hasRole(Clerk clerk, String groupId) {
        return clerk.groupIds().contains(groupId) || isAdministrator(clerk);
    }

    public boolean isAdministrator(Clerk clerk) {
        return clerk.groupIds().contains(Groups.CAMUNDA_ADMIN);
    }

    /** Spring Security's view of the same memberships: {@code GROUP_<id>} and {@code TENANT_<id>}. */
    static List<GrantedAuthority> authoritiesOf(Clerk clerk) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        clerk.groupIds().forEach(id -> authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + id)));
        clerk.tenantIds().forEach(id -> authorities.add(new SimpleGrantedAuthority(TENANT_PREFIX + id)));
        return authorities;
    }
}
