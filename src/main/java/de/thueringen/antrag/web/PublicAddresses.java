package de.thueringen.antrag.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The absolute addresses this application hands out: links for citizens (tracking page, mails, the pay page) from
 * {@code antrag.portal.base-url}, and the payment callback from {@code antrag.payment.callback-base-url}. Never from
 * the request: the Host and X-Forwarded-Host headers are chosen by the client, and a link or callback built from them
 * would lead citizens or the payment platform to an address an attacker picked.
 *
 * <p>Outside the profile {@code demo} both settings are required (the start is refused without them). In the demo an
 * unset one means this machine: {@code http://localhost:<port the server listens on>}.
 */
@Component
public class PublicAddresses implements ApplicationListener<WebServerInitializedEvent> {

    static final String DEMO_PROFILE = "demo";

    private final String portalBase;
    private final String callbackBase;
    private final boolean demo;
    private volatile String localBase = "http://localhost:8080";

    PublicAddresses(@Value("${antrag.portal.base-url:}") String portalBase,
                    @Value("${antrag.payment.callback-base-url:}") String callbackBase, Environment environment) {
        this.portalBase = trimmed(portalBase);
        this.callbackBase = trimmed(callbackBase);
        this.demo = environment.matchesProfiles(DEMO_PROFILE);
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        localBase = "http://localhost:" + event.getWebServer().getPort();
    }

    /** A citizen-facing link, e.g. {@code portal("/portal/vorgang/abc")}. */
    public String portal(String path) {
        return base(portalBase, "antrag.portal.base-url") + path;
    }

    /** An address the payment platform calls back, e.g. {@code callback("/api/v1/payments/callback/x")}. */
    public String callback(String path) {
        return base(callbackBase, "antrag.payment.callback-base-url") + path;
    }

    private String base(String configured, String setting) {
        if (configured != null) {
            return configured;
        }
        if (!demo) {
            // the start check refuses such a start; failing here keeps a test or a changed check from falling back
            throw new IllegalStateException(setting + " is not set");
        }
        return localBase;
    }

    private static String trimmed(String base) {
        return base == null || base.isBlank() ? null : base.strip().replaceAll("/+$", "");
    }
}
