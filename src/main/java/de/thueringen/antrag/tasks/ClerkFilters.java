package de.thueringen.antrag.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The Tasklist filters of every authority, created automatically and readable only by that authority's groups:
 * <ul>
 * <li>„Meine Aufgaben“: one per clerk (assignee = the clerk), readable by that clerk only. Stored queries may not
 *     contain expressions here ({@code enableExpressionsInStoredQueries=false}), so {@code ${currentUser()}} is not
 *     available and each clerk gets a filter of their own.</li>
 * <li>„Aufgaben meines Teams“: tasks of the authority's clerk group, assigned or not.</li>
 * <li>„Überfällig / heute fällig“: due before the end of today; the date is a fixed value in the stored query and is
 *     moved to the new day every night and at startup ({@link #refreshDueDates()}), {@code ${now()}} being unavailable.</li>
 * <li>„Nachforderungen mit Antwort“: the citizen answered a request for documents ({@code documentRequestAnswered}).</li>
 * <li>„Eskalierte Aufgaben“: overdue tasks escalated to the team lead (team leads only).</li>
 * </ul>
 * Every filter is limited to the authority's tenant besides; the engine's tenant check and task authorizations apply
 * on top. Each filter carries the property {@value #MARKER} ("&lt;authority&gt;:&lt;KIND&gt;" or "user:&lt;id&gt;:MINE"),
 * by which it is found again; nothing is created twice.
 */
@Service
public class ClerkFilters {

    public static final String MARKER = "antragFilter";
    public static final String DOCUMENT_REQUEST_ANSWERED = "documentRequestAnswered";
    private static final Logger LOG = LoggerFactory.getLogger(ClerkFilters.class);

    /** The filters, in the order Tasklist shows them (property "priority"). */
    public enum Kind {
        MINE("Meine Aufgaben", "Aufgaben, die Ihnen zugewiesen sind, nach Fälligkeit", 10, "#004b87"),
        TEAM("Aufgaben meines Teams", "Alle offenen Aufgaben der Sachbearbeitung Ihrer Behörde, zugewiesen oder nicht", 20, "#2e7d32"),
        DUE("Überfällig / heute fällig", "Aufgaben Ihrer Behörde, deren Frist abgelaufen ist oder heute abläuft", 30, "#b71c1c"),
        ANSWERED("Nachforderungen mit Antwort", "Vorgänge, in denen die nachgeforderten Unterlagen eingegangen sind", 40, "#ef6c00"),
        ESCALATED("Eskalierte Aufgaben", "Überfällige Aufgaben, die an die Leitung eskaliert wurden (nur Leitung)", 50, "#6a1b9a");

        private final String label;
        private final String description;
        private final int priority;
        private final String color;

        Kind(String label, String description, int priority, String color) {
            this.label = label;
            this.description = description;
            this.priority = priority;
            this.color = color;
        }

        public String label() {
            return label;
        }
    }

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final ClerkDirectory clerks;
    private final Clock clock;

    ClerkFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
                 ClerkDirectory clerks, Clock clock) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.clerks = clerks;
        this.clock = clock;
    }

    /**
     * Makes sure a clerk account has its filters: those of every authority it works for and its own „Meine
     * Aufgaben“. Call it whenever our code creates a clerk account; idempotent.
     */
    public synchronized void prepareFor(String userId) {
        Map<String, Filter> existing = existingFilters();
        int created = ensure(userId, clerks.authoritiesOf(userId), existing, new java.util.HashSet<>());
        if (created > 0) {
            LOG.info("Tasklist filters: {} created for a clerk account", created);
        }
    }

    /** All clerk accounts (role group) and their authorities; at startup and every night. Returns filters created. */
    public synchronized int prepareAll() {
        Map<String, Filter> existing = existingFilters();
        Set<String> authoritiesDone = new java.util.HashSet<>();
        List<String> accounts = clerks.clerkAccounts();
        int created = 0;
        for (String userId : accounts) {
            created += ensure(userId, clerks.authoritiesOf(userId), existing, authoritiesDone);
        }
        LOG.info("Tasklist filters: {} clerk accounts of {} authorities checked, {} filters created", accounts.size(),
                authoritiesDone.size(), created);
        return created;
    }

    /** Moves every „Überfällig / heute fällig“ filter to the end of today (German time). Returns filters changed. */
    public synchronized int refreshDueDates() {
        Date endOfToday = endOfToday();
        int changed = 0;
        for (Filter filter : filterService.createFilterQuery().filterResourceType(EntityTypes.TASK)
                .filterName(Kind.DUE.label).unlimitedList()) {
            String authorityId = authorityOf(filter);
            if (authorityId == null) {
                continue;
            }
            TaskQuery current = filter.getQuery();
            if (current instanceof org.camunda.bpm.engine.impl.TaskQueryImpl impl && endOfToday.equals(impl.getDueBefore())) {
                continue;
            }
            filter.setQuery(query(Kind.DUE, authorityId, null));
            filterService.saveFilter(filter);
            changed++;
        }
        if (changed > 0) {
            LOG.info("Tasklist filters: {} due-today filters moved to {}", changed, endOfToday.toInstant());
        }
        return changed;
    }

    private int ensure(String userId, Set<String> authorityIds, Map<String, Filter> existing, Set<String> authoritiesDone) {
        if (authorityIds.isEmpty()) {
            return 0;
        }
        int created = 0;
        for (String authorityId : authorityIds) {
            if (!authoritiesDone.add(authorityId)) {
                continue;
            }
            for (Kind kind : List.of(Kind.TEAM, Kind.DUE, Kind.ANSWERED, Kind.ESCALATED)) {
                String marker = authorityId + ":" + kind.name();
                Filter filter = existing.get(marker);
                if (filter == null) {
                    filter = create(kind, marker, authorityId, null);
                    existing.put(marker, filter);
                    created++;
                }
                grantGroup(filter.getId(), authorityId + ClerkDirectory.LEAD_SUFFIX);
                if (kind != Kind.ESCALATED) {
                    grantGroup(filter.getId(), authorityId + ClerkDirectory.CLERK_SUFFIX);
                }
            }
        }
        String marker = "user:" + userId + ":" + Kind.MINE.name();
        Filter mine = existing.get(marker);
        if (mine == null) {
            mine = create(Kind.MINE, marker, null, userId);
            existing.put(marker, mine);
            created++;
        }
        grantUser(mine.getId(), userId);
        return created;
    }

    private Filter create(Kind kind, String marker, String authorityId, String userId) {
        Filter filter = filterService.newTaskFilter(kind.label);
        filter.setOwner(userId);
        filter.setQuery(query(kind, authorityId, userId));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", kind.description);
        properties.put("priority", kind.priority);
        properties.put("color", kind.color);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", List.of(
                Map.of("name", "caseNumber", "label", "Aktenzeichen"),
                Map.of("name", CaseTaskListener.SERVICE_NAME, "label", "Leistung"),
                Map.of("name", "applicantName", "label", "Antragsteller/in")));
        properties.put(MARKER, marker);
        filter.setProperties(properties);
        return filterService.saveFilter(filter);
    }

    private TaskQuery query(Kind kind, String authorityId, String userId) {
        TaskQuery query = taskService.createTaskQuery();
        switch (kind) {
            case MINE -> query.taskAssignee(userId);
            case TEAM -> query.tenantIdIn(authorityId).taskCandidateGroup(authorityId + ClerkDirectory.CLERK_SUFFIX)
                    .includeAssignedTasks();
            case DUE -> query.tenantIdIn(authorityId).dueBefore(endOfToday());
            case ANSWERED -> query.tenantIdIn(authorityId).processVariableValueEquals(DOCUMENT_REQUEST_ANSWERED, true);
            case ESCALATED -> query.tenantIdIn(authorityId).taskCandidateGroup(authorityId + ClerkDirectory.LEAD_SUFFIX)
                    .includeAssignedTasks();
        }
        if (kind == Kind.ESCALATED) {
            query.orderByTaskPriority().desc();
        }
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    private Date endOfToday() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(TaskProperties.GERMANY)).plusDays(1);
        return Date.from(tomorrow.atStartOfDay(TaskProperties.GERMANY).toInstant());
    }

    private Map<String, Filter> existingFilters() {
        Map<String, Filter> byMarker = new HashMap<>();
        for (Filter filter : filterService.createFilterQuery().filterResourceType(EntityTypes.TASK).unlimitedList()) {
            Object marker = filter.getProperties() == null ? null : filter.getProperties().get(MARKER);
            if (marker instanceof String key) {
                byMarker.putIfAbsent(key, filter);
            }
        }
        return byMarker;
    }

    private static String authorityOf(Filter filter) {
        Object marker = filter.getProperties() == null ? null : filter.getProperties().get(MARKER);
        if (!(marker instanceof String key) || key.startsWith("user:")) {
            return null;
        }
        int colon = key.lastIndexOf(':');
        return colon > 0 ? key.substring(0, colon) : null;
    }

    private void grantGroup(String filterId, String groupId) {
        if (authorizationService.createAuthorizationQuery().groupIdIn(groupId).resourceType(Resources.FILTER)
                .resourceId(filterId).count() == 0) {
            save(filterId, null, groupId);
        }
    }

    private void grantUser(String filterId, String userId) {
        if (authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.FILTER)
                .resourceId(filterId).count() == 0) {
            save(filterId, userId, null);
        }
    }

    private void save(String filterId, String userId, String groupId) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setUserId(userId);
        authorization.setGroupId(groupId);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filterId);
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
    }
}
