package de.thueringen.antrag.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the citizen portal ({@code antrag.portal.*}); the portal's public address {@code antrag.portal.base-url}
 * is read by {@link de.thueringen.antrag.web.PublicAddresses}.
 *
 * @param draftLifetime             how long a saved draft can be resumed
 * @param failedLookupsPerMinute    lookups with an unknown tracking or draft token per minute and client address; beyond
 *                                  that the address gets 429 for a while
 * @param maxRequestSize            largest form post (all uploads together)
 */
@ConfigurationProperties("antrag.portal")
public record PortalProperties(@DefaultValue("P30D") Duration draftLifetime,
                               @DefaultValue("30") int failedLookupsPerMinute,
                               @DefaultValue("40MB") DataSize maxRequestSize) {
}
