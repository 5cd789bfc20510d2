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

/**
 * Demo users with documented passwords (README): clerks of Stadt Erfurt, Stadt Jena, Gemeinde Gotha,
 * Landratsamt Eichsfeld and the Thüringer Landesverwaltungsamt, and a process designer. The administrator admin/admin comes from
 * {@code camunda.bpm.admin-user} in the demo profile.
 */
@Component
@Profile("demo")
class DemoAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoClerk(String userId, String password, String firstName, String lastName, String authorityId) {
    }

    static final List<DemoClerk> CLERKS = List.of(
            new DemoClerk("erfurt.sb", "erfurt", "Erika", "Erfurter", "ags-16051000"),
            new DemoClerk("jena.sb", "jena", "Jonas", "Jenaer", "ags-16053000"),
            new DemoClerk("gotha.sb", "gotha", "Greta", "Gothaer", "ags-16067029"),
            new DemoClerk("eichsfeld.sb", "eichsfeld", "Emil", "Eichsfelder", "kreis-16061"),
            new DemoClerk("land.sb", "land", "Lena", "Landesamt", "land-thueringen"));

    private final IdentityService identityService;
    private final JurisdictionService jurisdiction;

    DemoAccounts(IdentityService identityService, JurisdictionService jurisdiction) {
        this.identityService = identityService;
        this.jurisdiction = jurisdiction;
    }

    @EventListener(ApplicationStartedEvent.class)
    void create() {
        for (DemoClerk clerk : CLERKS) {
            Authority authority = jurisdiction.require(clerk.authorityId());
            if (createUser(clerk.userId(), clerk.password(), clerk.firstName(), clerk.lastName())) {
                identityService.createMembership(clerk.userId(), authority.clerkGroupId());
                identityService.createMembership(clerk.userId(), ClerkRoles.CLERK_ROLE);
            }
        }
        if (createUser("designer", "designer", "Dana", "Designerin")) {
            // the Modeler's deploy button needs the deployment permission, which only camunda-admin has
            identityService.createMembership("designer", Groups.CAMUNDA_ADMIN);
        }
        LOG.info("Demo accounts ready: {} clerks, designer, admin", CLERKS.size());
    }

    private boolean createUser(String id, String password, String firstName, String lastName) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
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
