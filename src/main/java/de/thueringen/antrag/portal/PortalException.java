package de.thueringen.antrag.portal;

import de.thueringen.antrag.catalog.ServiceDefinition;

/** An error the citizen sees as a German page with this HTTP status, title and explanation. */
class PortalException extends RuntimeException {

    private final int status;
    private final String title;

    PortalException(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    static PortalException notFound() {
        return new PortalException(404, "Nicht gefunden",
                "Die Seite gibt es nicht, oder der Link ist nicht mehr gültig. Bitte prüfen Sie, ob Sie den Link vollständig "
                        + "übernommen haben.");
    }

    static PortalException external(ServiceDefinition service) {
        return new PortalException(422, "Antrag bei einer anderen Stelle",
                "„" + service.name() + "“ bearbeitet " + service.competentBody() + ". Den Antrag stellen Sie dort: "
                        + service.competentUrl());
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
