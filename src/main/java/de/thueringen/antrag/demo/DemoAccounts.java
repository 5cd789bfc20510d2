package de.thueringen.antrag.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.JurisdictionService;
import de.thueringen.antrag.security.ClerkRoles;
import de.thueringen.antrag.tasks.ClerkFilters;

/**
 * Demo users with documented passwords (README): clerks of Stadt Erfurt, Stadt Jena (two clerks and a team lead, for
 * substitutes and four-eyes decisions), Gemeinde Gotha, Landratsamt Eichsfeld and the Thüringer
 * Landesverwaltungsamt, and a process designer. The administrator comes from {@code camunda.bpm.admin-user} in the
 * demo profile. The passwords follow the engine's password policy (10+ characters, upper and lower case, digit,
 * special character, not the user's id or name), which is on for every account.
 */
@Component
@Profile("demo")
class DemoAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    /** @param lead team lead (group {@code <authority>-leitung}) instead of clerk ({@code <authority>-sachbearbeitung}) */
    record DemoClerk(String userId, String password, String firstName, String lastName, String authorityId, boolean lead) {
    }

    static final List<DemoClerk> CLERKS = List.of(
            new DemoClerk("erfurt.sb", "Erfurt-Demo-1", "Erika", "Erfurter", "ags-16051000", false),
            new DemoClerk("jena.sb", "Jena-Demo-1", "Jonas", "Jenaer", "ags-16053000", false),
            new DemoClerk("jena.sb2", "Jena-Demo-1", "Johanna", "Saalbach", "ags-16053000", false),
            new DemoClerk("jena.leitung", "Jena-Demo-1", "Jakob", "Leutra", "ags-16053000", true),
            new DemoClerk("gotha.sb", "Gotha-Demo-1", "Greta", "Gothaer", "ags-16067029", false),
            new DemoClerk("eichsfeld.sb", "Eichsfeld-Demo-1", "Emil", "Eichsfelder", "kreis-16061", false),
            new DemoClerk("land.sb", "Land-Demo-1", "Lena", "Landesamt", "land-thueringen", false));

    private final IdentityService identityService;
    private final JurisdictionService jurisdiction;
    private final ClerkFilters filters;

    DemoAccounts(IdentityService identityService, JurisdictionService jurisdiction, ClerkFilters filters) {
        this.identityService = identityService;
        this.jurisdiction = jurisdiction;
        this.filters = filters;
    }

    @EventListener(ApplicationStartedEvent.class)
    void create() {
        for (DemoClerk clerk : CLERKS) {
            Authority authority = jurisdiction.require(clerk.authorityId());
            if (createUser(clerk.userId(), clerk.password(), clerk.firstName(), clerk.lastName())) {
                identityService.createMembership(clerk.userId(),
                        clerk.lead() ? authority.leadGroupId() : authority.clerkGroupId());
                identityService.createMembership(clerk.userId(), ClerkRoles.CLERK_ROLE);
                if (clerk.lead()) {
                    identityService.createMembership(clerk.userId(), ClerkRoles.LEAD_ROLE);
                }
            }
            // the authority's Tasklist filters and the clerk's own "Meine Aufgaben" (idempotent)
            filters.prepareFor(clerk.userId());
        }
        if (createUser("designer", "Modeler-Demo-1", "Dana", "Designerin")) {
            // the Modeler's deploy button needs the deployment permission, which only camunda-admin has
            identityService.createMembership("designer", Groups.CAMUNDA_ADMIN);
        }
        LOG.info("Demo accounts ready: {} clerks, designer, admin", CLERKS.size());
    }

    private boolean createUser(String id, String password, String firstName, String lastName) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            // a database of an earlier version may still hold the short passwords of before the password policy
            if (!identityService.checkPassword(id, password)) {
                User existing = identityService.createUserQuery().userId(id).singleResult();
                existing.setPassword(password);
                identityService.saveUser(existing);
            }
            return false;
        }
        User user = identityService.newUser(id);
        user.setPassword(password);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@demo.antrag-thueringen.invalid");
        identityService.saveUser(user);
        return true;
    }
}
