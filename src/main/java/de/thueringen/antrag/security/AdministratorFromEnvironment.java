package de.thueringen.antrag.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The first administrator comes from configuration: {@code antrag.admin.id} and {@code antrag.admin.password}
 * (ANTRAG_ADMIN_ID, ANTRAG_ADMIN_PASSWORD) become Camunda's {@code camunda.bpm.admin-user.*}, from which the starter
 * creates the account in group camunda-admin at start. Only when an id is given: the starter treats any value of
 * {@code camunda.bpm.admin-user.id}, even an empty one, as "create this user". The webapps' setup page, the other way
 * to create a first administrator, is closed ({@link WebappSetupBlockFilter}).
 */
class AdministratorFromEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "antragAdministrator";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String id = environment.getProperty("antrag.admin.id");
        if (id == null || id.isBlank()) {
            return;
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("camunda.bpm.admin-user.id", id.strip());
        settings.put("camunda.bpm.admin-user.password", environment.getProperty("antrag.admin.password", ""));
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, settings));
    }

    /** After the configuration files (profiles are known), before {@link ProductionStartCheck}. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
