package de.thueringen.antrag.portal;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links to portal pages: from the configured public address, or from the current request. */
@Component
class PortalLinks {

    private final PortalProperties properties;

    PortalLinks(PortalProperties properties) {
        this.properties = properties;
    }

    String absolute(String path) {
        String base = properties.baseUrl();
        if (base == null || base.isBlank()) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
        }
        return base.replaceAll("/+$", "") + path;
    }
}
