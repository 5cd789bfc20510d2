package de.thueringen.antrag.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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
 * The role every clerk account has besides its authority group: {@value #CLERK_ROLE} may open Tasklist, read
 * the service definitions (names, forms) and use the shared task filter. Which tasks a clerk sees is decided by
 * the authority group (candidate group of the tasks) and the authority's tenant, never by this role.
 */
@Component
public class ClerkRoles implements SmartInitializingSingleton {

    public static final String CLERK_ROLE = "rolle-sachbearbeitung";
    static final String ALL_TASKS_FILTER = "Aufgaben meiner Behörde";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    ClerkRoles(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService,
               TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
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
        grant(Resources.FILTER, sharedFilterId(), Permissions.READ);
    }

    private String sharedFilterId() {
        Filter existing = filterService.createFilterQuery().filterName(ALL_TASKS_FILTER).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        Filter filter = filterService.newTaskFilter(ALL_TASKS_FILTER);
        filter.setQuery(taskService.createTaskQuery().orderByDueDate().asc().orderByTaskCreateTime().asc());
        filter.setProperties(Map.of(
                "description", "Alle offenen Aufgaben, die Ihrer Behörde zugeordnet sind, nach Fälligkeit",
                "priority", -10,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", "caseNumber", "label", "Aktenzeichen"),
                        Map.of("name", "applicantName", "label", "Antragsteller/in"))));
        return filterService.saveFilter(filter).getId();
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
