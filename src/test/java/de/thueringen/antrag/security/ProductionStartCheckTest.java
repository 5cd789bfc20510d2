package de.thueringen.antrag.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionStartCheckTest {

    /** What a production start needs, and nothing unsafe. */
    private static MockEnvironment production() {
        return new MockEnvironment()
                .withProperty("antrag.payment.provider", "ueberweisung")
                .withProperty("antrag.payment.simulator.enabled", "false")
                .withProperty("antrag.portal.base-url", "https://antrag.example.de")
                .withProperty("antrag.payment.callback-base-url", "https://intern.example.de:8443/antrag");
    }

    private static List<String> problems(MockEnvironment environment) {
        return ProductionStartCheck.problems(environment).stream().map(p -> p.german() + " | " + p.english()).toList();
    }

    @Test
    void acceptsAProductionConfiguration() {
        assertThat(problems(production())).isEmpty();
        new ProductionStartCheck().postProcessEnvironment(production(), null);
    }

    @Test
    void refusesThePaymentSimulatorAsProviderOrSwitchedOn() {
        assertThat(problems(production().withProperty("antrag.payment.provider", "epaybl-simulator")))
                .singleElement().asString().contains("Zahlungssimulator", "payment simulator", "ueberweisung");
        assertThat(problems(production().withProperty("antrag.payment.simulator.enabled", "true")))
                .singleElement().asString().contains("antrag.payment.simulator.enabled=false");
    }

    @Test
    void refusesMissingOrMalformedPublicAddresses() {
        MockEnvironment missing = production();
        missing.setProperty("antrag.portal.base-url", "");
        missing.setProperty("antrag.payment.callback-base-url", " ");
        assertThat(problems(missing)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("antrag.portal.base-url", "ANTRAG_PORTAL_BASE_URL", "fehlt", "missing"))
                .anySatisfy(p -> assertThat(p).contains("antrag.payment.callback-base-url", "Host"));
        assertThat(problems(production().withProperty("antrag.portal.base-url", "antrag.example.de"))).hasSize(1);
        assertThat(problems(production().withProperty("antrag.portal.base-url", "https://user:pw@antrag.example.de"))).hasSize(1);
        assertThat(problems(production().withProperty("antrag.portal.base-url", "https://antrag.example.de/?next=x"))).hasSize(1);
    }

    @Test
    void refusesAnAdministratorWithPlaceholderPassword() {
        MockEnvironment admin = production().withProperty("camunda.bpm.admin-user.id", "kasper");
        assertThat(problems(admin)).singleElement().asString().contains("kasper", "ANTRAG_ADMIN_PASSWORD");
        assertThat(problems(admin.withProperty("camunda.bpm.admin-user.password", "change-me-as-well"))).hasSize(1);
        assertThat(problems(admin.withProperty("camunda.bpm.admin-user.password", "Kasper"))).hasSize(1);
        assertThat(problems(admin.withProperty("camunda.bpm.admin-user.password", "rT7-vQ2m-Lx9w-Pz4k"))).isEmpty();
    }

    @Test
    void refusesPlaceholderSecretsAndAnEmptyServerDatabasePassword() {
        assertThat(problems(production().withProperty("spring.mail.password", "change-me-to-another-long-random-value")))
                .singleElement().asString().contains("spring.mail.password", "Platzhalter", "placeholder");
        assertThat(problems(production().withProperty("spring.mail.password", "changeme"))).hasSize(1);
        assertThat(problems(production().withProperty("spring.datasource.url", "jdbc:mariadb://db:3306/antrag")
                .withProperty("spring.datasource.password", ""))).singleElement().asString().contains("ANTRAG_DB_PASSWORD");
        assertThat(problems(production().withProperty("spring.datasource.url", "jdbc:h2:mem:x")
                .withProperty("spring.datasource.password", ""))).isEmpty();
    }

    @Test
    void leavesTheDemoAlone() {
        MockEnvironment demo = new MockEnvironment().withProperty("antrag.payment.provider", "epaybl-simulator");
        demo.setActiveProfiles("demo");
        new ProductionStartCheck().postProcessEnvironment(demo, null);
    }

    @Test
    void refusesWithEveryProblemInGermanAndEnglish() {
        MockEnvironment unsafe = new MockEnvironment().withProperty("antrag.payment.provider", "epaybl-simulator");
        assertThatThrownBy(() -> new ProductionStartCheck().postProcessEnvironment(unsafe, null))
                .isInstanceOf(UnsafeStartException.class)
                .hasMessageContaining("Start abgelehnt / start refused")
                .hasMessageContaining("Zahlungssimulator").hasMessageContaining("antrag.portal.base-url")
                .hasMessageContaining("antrag.payment.callback-base-url");
    }
}
