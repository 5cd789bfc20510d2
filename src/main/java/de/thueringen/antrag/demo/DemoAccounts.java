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
 * Landesverwaltungsamt, the cash offices of Erfurt and Jena, and a process designer. The administrator comes from
 * {@code camunda.bpm.admin-user} in the demo profile. The passwords follow the engine's password policy (10+
 * characters, upper and lower case, digit, special character, not the user's id or name), which is on for every
 * account.
 */
@Component
@Profile("demo")
class DemoAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    /** What a demo account does for its authority. */
    enum Job {
        /** group {@code <authority>-sachbearbeitung} and the clerk role */
        CLERK,
        /** group {@code <authority>-leitung}, the clerk role and the lead role */
        LEAD,
        /** group {@code <authority>-kasse} only: the payment report, no Tasklist, no case files */
        CASH_OFFICE
    }

    record DemoAccount(String userId, String password, String firstName, String lastName, String authorityId, Job job) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("erfurt.sb", "Erfurt-Demo-1", "Erika", "Erfurter", "ags-16051000", Job.CLERK),
            new DemoAccount("erfurt.kasse", "Erfurt-Demo-1", "Karl", "Kassner", "ags-16051000", Job.CASH_OFFICE),
            new DemoAccount("jena.sb", "Jena-Demo-1", "Jonas", "Jenaer", "ags-16053000", Job.CLERK),
            new DemoAccount("jena.sb2", "Jena-Demo-1", "Johanna", "Saalbach", "ags-16053000", Job.CLERK),
            new DemoAccount("jena.leitung", "Jena-Demo-1", "Jakob", "Leutra", "ags-16053000", Job.LEAD),
            new DemoAccount("jena.kasse", "Jena-Demo-1", "Klara", "Kämmerer", "ags-16053000", Job.CASH_OFFICE),
            new DemoAccount("gotha.sb", "Gotha-Demo-1", "Greta", "Gothaer", "ags-16067029", Job.CLERK),
            new DemoAccount("eichsfeld.sb", "Eichsfeld-Demo-1", "Emil", "Eichsfelder", "kreis-16061", Job.CLERK),
            // a Verwaltungsgemeinschaft: its clerks handle the matters of all seven member municipalities
            new DemoAccount("lindenberg.sb", "Lindenberg-Demo-1", "Lotte", "Lindenberger", "vg-160615001", Job.CLERK),
            new DemoAccount("land.sb", "Land-Demo-1", "Lena", "Landesamt", "land-thueringen", Job.CLERK));

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
        for (DemoAccount account : ACCOUNTS) {
            Authority authority = jurisdiction.require(account.authorityId());
            if (createUser(account.userId(), account.password(), account.firstName(), account.lastName())) {
                for (String group : groupsOf(account.job(), authority)) {
                    identityService.createMembership(account.userId(), group);
                }
            }
            if (account.job() != Job.CASH_OFFICE) {
                // the authority's Tasklist filters and the clerk's own "Meine Aufgaben" (idempotent)
                filters.prepareFor(account.userId());
            }
        }
        if (createUser("designer", "Modeler-Demo-1", "Dana", "Designerin")) {
            // the Modeler's deploy button needs the deployment permission, which only camunda-admin has
            identityService.createMembership("designer", Groups.CAMUNDA_ADMIN);
        }
        LOG.info("Demo accounts ready: {} staff accounts, designer, admin", ACCOUNTS.size());
    }

    private static List<String> groupsOf(Job job, Authority authority) {
        return switch (job) {
            case CLERK -> List.of(authority.clerkGroupId(), ClerkRoles.CLERK_ROLE);
            case LEAD -> List.of(authority.leadGroupId(), ClerkRoles.CLERK_ROLE, ClerkRoles.LEAD_ROLE);
            case CASH_OFFICE -> List.of(authority.cashOfficeGroupId());
        };
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
