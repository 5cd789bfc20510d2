package de.thueringen.antrag.security;

import java.util.Set;

/**
 * A Camunda user acting on our staff endpoints, as Spring Security's principal: the user id and, read once per
 * request, the groups and tenants (authorities) the user belongs to. Whether that is enough for a given authority
 * decides {@link AuthorityMembership}.
 */
public record Clerk(String userId, Set<String> groupIds, Set<String> tenantIds) {

    public Clerk {
        groupIds = Set.copyOf(groupIds);
        tenantIds = Set.copyOf(tenantIds);
    }
}
