package de.thueringen.antrag.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

import de.thueringen.antrag.security.UnsafeStartException.Problem;

/**
 * Refuses a start outside the profile {@code demo} whose configuration would be unsafe: the payment simulator on
 * (fees "paid" without money), no configured public addresses (links and callbacks would follow the Host header),
 * placeholder secrets and passwords. Runs before any bean is created, so nothing is started, the database untouched.
 */
class ProductionStartCheck implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_PROFILE = "demo";
    static final String SIMULATOR = "epaybl-simulator";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.matchesProfiles(DEMO_PROFILE)) {
            return;
        }
        List<Problem> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeStartException(problems);
        }
    }

    /** After {@link AdministratorFromEnvironment}: the administrator's password is checked where the starter reads it. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    static List<Problem> problems(Environment environment) {
        List<Problem> problems = new ArrayList<>();
        paymentSimulator(environment, problems);
        address(environment, "antrag.portal.base-url", "ANTRAG_PORTAL_BASE_URL",
                "die öffentliche Adresse des Portals für Links an Bürgerinnen und Bürger (Seiten, E-Mails, Zahlung)",
                "the portal's public address for links to citizens (pages, mails, payment)", problems);
        address(environment, "antrag.payment.callback-base-url", "ANTRAG_PAYMENT_CALLBACK_BASE_URL",
                "die Adresse, unter der Zahlungsanbieter die Anwendung zurückrufen",
                "the address at which payment providers call the application back", problems);
        administrator(environment, problems);
        secretIfSet(environment, "spring.mail.password", "SPRING_MAIL_PASSWORD", problems);
        databasePassword(environment, problems);
        return problems;
    }

    private static void paymentSimulator(Environment environment, List<Problem> problems) {
        boolean active = SIMULATOR.equals(environment.getProperty("antrag.payment.provider", "").strip());
        boolean enabled = environment.getProperty("antrag.payment.simulator.enabled", Boolean.class, false);
        if (active || enabled) {
            problems.add(new Problem(
                    "Der eingebaute Zahlungssimulator (" + SIMULATOR + ") bucht Gebühren, ohne dass Geld fließt; er ist "
                            + "nur im Profil demo erlaubt. Setzen Sie antrag.payment.provider=ueberweisung "
                            + "(ANTRAG_PAYMENT_PROVIDER; Überweisung, die Kasse bucht) und "
                            + "antrag.payment.simulator.enabled=false (ANTRAG_PAYMENT_SIMULATOR_ENABLED).",
                    "The built-in payment simulator (" + SIMULATOR + ") books fees without any money moving; it is "
                            + "allowed only in the profile demo. Set antrag.payment.provider=ueberweisung (bank "
                            + "transfer, booked by the cash office) and antrag.payment.simulator.enabled=false."));
        }
    }

    private static void address(Environment environment, String setting, String variable, String german, String english,
                                List<Problem> problems) {
        String value = environment.getProperty(setting, "").strip();
        if (value.isEmpty()) {
            problems.add(new Problem(setting + " (" + variable + ") fehlt: " + german + ", z. B. https://antrag.example.de. "
                    + "Ohne sie entstünden Links aus dem Host-Header der Anfrage.",
                    setting + " (" + variable + ") is missing: " + english + ", e.g. https://antrag.example.de. "
                            + "Without it, links would be built from the request's Host header."));
        } else if (!isBaseUrl(value)) {
            problems.add(new Problem(setting + " (" + variable + ") ist keine Adresse der Form https://host[:port][/pfad].",
                    setting + " (" + variable + ") is not an address of the form https://host[:port][/path]."));
        }
    }

    /** An absolute http(s) address without credentials, query or fragment. */
    static boolean isBaseUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void administrator(Environment environment, List<Problem> problems) {
        String id = environment.getProperty("camunda.bpm.admin-user.id", "").strip();
        if (id.isEmpty()) {
            return; // no administrator configured: the start says how to create one (MissingAdministratorNotice)
        }
        String password = environment.getProperty("camunda.bpm.admin-user.password");
        if (PlaceholderValues.isPlaceholder(password) || password.strip().equalsIgnoreCase(id)) {
            problems.add(new Problem("Das Passwort des Administrationskontos „" + id + "“ (ANTRAG_ADMIN_PASSWORD) fehlt, "
                    + "ist ein Platzhalter oder gleich dem Kontonamen. Setzen Sie ein eigenes, zufälliges Passwort.",
                    "The password of the administrator \"" + id + "\" (ANTRAG_ADMIN_PASSWORD) is missing, a placeholder "
                            + "or equal to the account name. Set a random password of your own."));
        }
    }

    private static void secretIfSet(Environment environment, String setting, String variable, List<Problem> problems) {
        String value = environment.getProperty(setting, "");
        if (!value.isEmpty() && PlaceholderValues.isPlaceholder(value)) {
            problems.add(placeholder(setting, variable));
        }
    }

    /** Empty is the embedded H2's default; a server database needs a real password. */
    private static void databasePassword(Environment environment, List<Problem> problems) {
        String url = environment.getProperty("spring.datasource.url", "");
        String password = environment.getProperty("spring.datasource.password", "");
        boolean server = url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:");
        if ((server || !password.isEmpty()) && PlaceholderValues.isPlaceholder(password)) {
            problems.add(placeholder("spring.datasource.password", "ANTRAG_DB_PASSWORD"));
        }
    }

    private static Problem placeholder(String setting, String variable) {
        return new Problem(setting + " (" + variable + ") ist leer oder ein Platzhalter (change-me, secret …). "
                + "Setzen Sie einen eigenen, zufälligen Wert.",
                setting + " (" + variable + ") is empty or a placeholder (change-me, secret …). Set a random value of "
                        + "your own.");
    }
}
