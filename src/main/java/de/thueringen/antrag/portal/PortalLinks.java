package de.thueringen.antrag.portal;

import org.springframework.stereotype.Component;

import de.thueringen.antrag.web.PublicAddresses;

/** Absolute links to portal pages, from the configured public address (never from the request's Host header). */
@Component
class PortalLinks {

    private final PublicAddresses addresses;

    PortalLinks(PublicAddresses addresses) {
        this.addresses = addresses;
    }

    String absolute(String path) {
        return addresses.portal(path);
    }
}
