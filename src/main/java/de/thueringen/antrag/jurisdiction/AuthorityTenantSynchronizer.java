package de.thueringen.antrag.jurisdiction;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes every authority a Camunda tenant with three groups: its clerks ({@code <id>-sachbearbeitung}) and its
 * team leads ({@code <id>-leitung}), both members of the tenant, and its cash office ({@code <id>-kasse}), which is
 * not: the cash office reads the payment report, never the engine's process data of the authority. Only what is
 * missing is created, so a restart costs two queries. Member municipalities of a Verwaltungsgemeinschaft or of an
 * erfüllende Gemeinde are no tenants: their cases belong to the authority acting for them.
 */
@Component
public class AuthorityTenantSynchronizer {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorityTenantSynchronizer.class);
    static final String GROUP_TYPE = "BEHOERDE";

    private final AuthorityDirectory directory;
    private final IdentityService identityService;

    public AuthorityTenantSynchronizer(AuthorityDirectory directory, IdentityService identityService) {
        this.directory = directory;
        this.identityService = identityService;
    }

    @Order(0)
    @EventListener(ApplicationStartedEvent.class)
    public void synchronize() {
        Set<String> tenants = identityService.createTenantQuery().list().stream()
                .map(Tenant::getId).collect(Collectors.toCollection(HashSet::new));
        Set<String> groups = identityService.createGroupQuery().groupType(GROUP_TYPE).list().stream()
                .map(Group::getId).collect(Collectors.toCollection(HashSet::new));
        int created = 0;
        for (Authority authority : directory.actingAuthorities()) {
            if (!tenants.contains(authority.id())) {
                Tenant tenant = identityService.newTenant(authority.id());
                tenant.setName(authority.name());
                identityService.saveTenant(tenant);
                created++;
            }
            created += ensureGroup(groups, authority.clerkGroupId(), "Sachbearbeitung " + authority.name(), authority, true);
            created += ensureGroup(groups, authority.leadGroupId(), "Leitung " + authority.name(), authority, true);
            created += ensureGroup(groups, authority.cashOfficeGroupId(), "Kasse " + authority.name(), authority, false);
        }
        LOG.info("Authorities as tenants: {} known, {} identity entries created", directory.actingAuthorities().size(), created);
    }

    private int ensureGroup(Set<String> existing, String groupId, String name, Authority authority,
                            boolean tenantMember) {
        if (existing.contains(groupId)) {
            return 0;
        }
        Group group = identityService.newGroup(groupId);
        group.setName(name);
        group.setType(GROUP_TYPE);
        identityService.saveGroup(group);
        if (tenantMember) {
            identityService.createTenantGroupMembership(authority.id(), groupId);
        }
        return 1;
    }
}
