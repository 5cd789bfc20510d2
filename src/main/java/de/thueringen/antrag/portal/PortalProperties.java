package de.thueringen.antrag.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the citizen portal ({@code antrag.portal.*}).
 *
 * @param baseUrl                   public address of the portal for links in mails and to the payment page, e.g.
 *                                  {@code https://antrag.thueringen.de}; empty: taken from the request
 * @param draftLifetime             how long a saved draft can be resumed
 * @param secret                    key for the CSRF tokens of the portal's forms; empty: a random key per start (set
 *                                  one shared key when several instances serve the portal)
 * @param failedLookupsPerMinute    lookups with an unknown tracking or draft token per minute and client address; beyond
 *                                  that the address gets 429 for a while
 * @param maxRequestSize            largest form post (all uploads together)
 */
@ConfigurationProperties("antrag.portal")
public record PortalProperties(@DefaultValue("") String baseUrl,
                               @DefaultValue("P30D") Duration draftLifetime,
                               @DefaultValue("") String secret,
                               @DefaultValue("30") int failedLookupsPerMinute,
                               @DefaultValue("40MB") DataSize maxRequestSize) {
}
