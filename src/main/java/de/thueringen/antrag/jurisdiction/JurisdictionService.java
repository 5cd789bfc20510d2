package de.thueringen.antrag.jurisdiction;

import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Answers "which authority handles a service of level L for a citizen living in municipality M?". */
@Service
public class JurisdictionService {

    public static final String LAND_OFFICE_ID = "land-thueringen";

    private final AuthorityDirectory directory;

    public JurisdictionService(AuthorityDirectory directory) {
        this.directory = directory;
    }

    public Authority responsibleAuthority(JurisdictionLevel level, Authority municipality) {
        if (!municipality.isMunicipality()) {
            throw new IllegalArgumentException(municipality.id() + " is not a municipality");
        }
        return switch (level) {
            case GEMEINDE -> municipality;
            // a kreisfreie Stadt does the Landkreis' work itself
            case KREIS -> municipality.kind() == AuthorityKind.KREISFREIE_STADT
                    ? municipality
                    : require(municipality.parentId());
            case LAND -> require(LAND_OFFICE_ID);
            // callers check JurisdictionLevel.isExecutedHere() first; reaching this is a programming error
            case EXTERN -> throw new IllegalArgumentException("An external service has no authority on this platform");
        };
    }

    public Optional<Authority> find(String authorityId) {
        return directory.byId(authorityId);
    }

    public Authority require(String authorityId) {
        return directory.byId(authorityId)
                .orElseThrow(() -> new NoSuchElementException("Unknown authority " + authorityId));
    }
}
