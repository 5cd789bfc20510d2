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
        if (identityService.createGroupQuery().groupId(CLERK_ROLE).count() == 0) {
            Group group = identityService.newGroup(CLERK_ROLE);
            group.setName("Sachbearbeitung (alle Behörden)");
            group.setType("ROLLE");
            identityService.saveGroup(group);
        }
        grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        grant(Resources.DECISION_DEFINITION, "*", Permissions.READ);
        removeLegacySharedFilter();
    }

    /** Deleting a filter deletes its authorizations too. */
    private void removeLegacySharedFilter() {
        for (Filter legacy : filterService.createFilterQuery().filterName(LEGACY_SHARED_FILTER).list()) {
            filterService.deleteFilter(legacy.getId());
        }
    }

    private void grant(Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(CLERK_ROLE).resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(CLERK_ROLE);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }
}
