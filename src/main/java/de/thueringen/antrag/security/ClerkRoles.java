package de.thueringen.antrag.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The role every clerk account has besides its authority group: {@value #CLERK_ROLE} may open Tasklist and read the
 * service definitions (names, forms). Which tasks a clerk sees is decided by the authority group (candidate group of
 * the tasks) and the authority's tenant, never by this role. The Tasklist filters are per authority and per clerk
 * (module tasks, ClerkFilters); the one filter shared by all authorities of earlier versions is removed here.
 */
@Component
public class ClerkRoles implements SmartInitializingSingleton {

    public static final String CLERK_ROLE = "rolle-sachbearbeitung";
    /**
     * Team leads besides: Cockpit, to supervise the running and finished cases. What they see there is limited to
     * their authority by the engine's tenant check (they are tenant members through {@code <authority>-leitung}).
     */
    public static final String LEAD_ROLE = "rolle-leitung";
    /** The filter all authorities shared before the per-authority filters existed. */
    static final String LEGACY_SHARED_FILTER = "Aufgaben meiner Behörde";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;

    ClerkRoles(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureRoleGroup(CLERK_ROLE, "Sachbearbeitung (alle Behörden)");
        ensureRoleGroup(LEAD_ROLE, "Leitung (alle Behörden)");
        grant(CLERK_ROLE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // READ_HISTORY: Tasklist's comments and the task's history need it; the tenant check keeps it to the
        // clerk's own authority
        grant(CLERK_ROLE, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(CLERK_ROLE, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(LEAD_ROLE, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(LEAD_ROLE, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        grant(LEAD_ROLE, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(LEAD_ROLE, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(LEAD_ROLE, Resources.DEPLOYMENT, "*", Permissions.READ);
        removeLegacySharedFilter();
    }

    /** Deleting a filter deletes its authorizations too. */
    private void removeLegacySharedFilter() {
        for (Filter legacy : filterService.createFilterQuery().filterName(LEGACY_SHARED_FILTER).list()) {
            filterService.deleteFilter(legacy.getId());
        }
    }

    private void ensureRoleGroup(String groupId, String name) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(name);
            group.setType("ROLLE");
            identityService.saveGroup(group);
        }
    }

    /** Grants the permissions, adding those missing to an existing grant (a database of an earlier version). */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null && java.util.Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }
}
