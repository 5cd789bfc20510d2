package de.thueringen.antrag.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An installation without any administrator cannot be administered, and the webapps' setup page that would create
 * one for the first visitor is closed. Each start says so, and how to create the first administrator.
 */
@Component
class MissingAdministratorNotice {

    private static final Logger LOG = LoggerFactory.getLogger(MissingAdministratorNotice.class);

    private final IdentityService identityService;

    MissingAdministratorNotice(IdentityService identityService) {
        this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkForAdministrator() {
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        LOG.warn("Keine Administration eingerichtet: kein Konto in der Gruppe {}. Die Einrichtungsseite der Webapps ist "
                + "gesperrt. Legen Sie das erste Konto über die Umgebungsvariablen ANTRAG_ADMIN_ID und "
                + "ANTRAG_ADMIN_PASSWORD an und starten Sie die Anwendung neu. / No administrator: no user in group {}. "
                + "The webapps' setup page is closed. Create the first administrator with the environment variables "
                + "ANTRAG_ADMIN_ID and ANTRAG_ADMIN_PASSWORD and restart the application.",
                Groups.CAMUNDA_ADMIN, Groups.CAMUNDA_ADMIN);
    }
}
