package de.thueringen.antrag.it;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The project's own endpoints (Spring MVC) that the tenant matrix does not attack, each with the reason: they carry
 * no authority's case data for staff, or they are reached by a secret only the citizen or the payment provider holds.
 * Every other endpoint must be a cell of {@link TenantMatrixIT}; its guard fails on an endpoint in neither place.
 * Keys are "METHOD pattern" as Spring maps them.
 */
final class EndpointsOutsideTheTenantMatrix {

    private static final String CATALOGUE = "public service catalogue, no case data";
    private static final String CITIZEN_TOKEN = "citizen's own case behind the secret tracking token, no staff login";
    private static final String PORTAL = "citizen portal page, anonymous by design, no case of any authority";
    private static final String SIMULATOR = "demo payment page of one checkout, addressed by its unguessable id";

    static final Map<String, String> REASONS = Map.ofEntries(
            entry("GET /api/v1/services", CATALOGUE),
            entry("GET /api/v1/services/{ozgId}", CATALOGUE),
            entry("POST /api/v1/applications", "anonymous submission by a citizen; creates a case, reads none"),
            entry("GET /api/v1/tracking/{token}", CITIZEN_TOKEN),
            entry("GET /api/v1/tracking/{token}/documents/{documentId}", CITIZEN_TOKEN),
            entry("POST /api/v1/tracking/{token}/payments/{reference}", CITIZEN_TOKEN),
            entry("POST /api/v1/payments/callback", "payment provider's callback, accepted only with a valid signature"),
            entry("POST /api/v1/payments/callback/{provider}", "payment provider's callback, accepted only with a valid signature"),
            entry("GET /epayment/{id}", SIMULATOR),
            entry("POST /epayment/{id}", SIMULATOR),
            entry("GET /epayment/{id}/erfolgreich", SIMULATOR),
            entry("GET /epayment/{id}/abgebrochen", SIMULATOR),
            entry("GET /portal", PORTAL),
            entry("GET /portal/", PORTAL),
            entry("GET /portal/suche", PORTAL),
            entry("GET /portal/leistungen/{serviceId}", PORTAL),
            entry("POST /portal/leistungen/{serviceId}/ort", PORTAL),
            entry("GET /portal/formulare/{serviceId}.json", PORTAL),
            entry("POST /portal/antrag/{serviceId}", PORTAL),
            entry("GET /portal/entwurf/{token}", "citizen's own draft behind its secret token"),
            entry("POST /portal/antrag/{serviceId}/senden", PORTAL),
            entry("GET /portal/vorgang/{token}", CITIZEN_TOKEN),
            entry("GET /portal/vorgang/{token}/eingang", CITIZEN_TOKEN),
            entry("GET /portal/vorgang/{token}/dokumente/{documentId}", CITIZEN_TOKEN),
            entry("GET /portal/vorgang/{token}/eingangsbestaetigung", CITIZEN_TOKEN),
            entry("POST /portal/vorgang/{token}/unterlagen", CITIZEN_TOKEN),
            entry("POST /portal/vorgang/{token}/zahlungen/{reference}", CITIZEN_TOKEN),
            entry("GET /portal/zahlung/zurueck", "return page of the payment provider, shows no case"),
            entry("* /error", "Spring Boot's error page"));

    private EndpointsOutsideTheTenantMatrix() {
    }
}
