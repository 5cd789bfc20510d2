package de.thueringen.antrag.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the citizen mail besides Spring's {@code spring.mail.*} (host, port, credentials).
 *
 * @param from sender address of every mail to citizens
 */
@ConfigurationProperties("antrag.mail")
public record MailSettings(@DefaultValue("antragsmanagement@thueringen.de") String from) {
}
