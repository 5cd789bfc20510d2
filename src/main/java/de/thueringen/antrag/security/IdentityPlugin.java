package de.thueringen.antrag.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * How the engine keeps and checks passwords.
 * <ul>
 * <li>New passwords are hashed with PBKDF2 ({@link Pbkdf2PasswordEncryptor}). Hashes written before (Camunda's
 * SHA-512, by the {@code {SHA-512}} prefix) stay verifiable until the password is next changed: Camunda's
 * PasswordManager always keeps its SHA checkers besides the default encryptor, so no custom checker is needed
 * (adding SHA-512 again is refused at startup).</li>
 * <li>No lockout: Camunda locks an account after {@code loginMaxAttempts} failed logins, by anyone, and delays
 * logins after each failure, so a stranger could keep a clerk out of her account. Failed logins are throttled per
 * address and per account in front of the engine instead ({@link LoginThrottle}). Set after the generic properties
 * (postInit), so that no setting brings the lockout back.</li>
 * </ul>
 */
@Component
class IdentityPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityPlugin.class);
    /** Below this the hash is fast enough to guess at scale; fine for tests, not for a real installation. */
    private static final int RECOMMENDED_MINIMUM = 100_000;

    /**
     * @param iterations PBKDF2 work factor of new password hashes; every HTTP Basic request pays it once
     */
    @ConfigurationProperties("antrag.security.password-hash")
    record Settings(@DefaultValue("310000") int iterations) {
    }

    private final Settings settings;

    IdentityPlugin(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (settings.iterations() < RECOMMENDED_MINIMUM) {
            LOG.warn("Password hashes use {} PBKDF2 iterations, fewer than the recommended {} (acceptable in tests only)",
                    settings.iterations(), RECOMMENDED_MINIMUM);
        }
        configuration.setPasswordEncryptor(new Pbkdf2PasswordEncryptor(settings.iterations()));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayMaxTime(0);
    }
}
