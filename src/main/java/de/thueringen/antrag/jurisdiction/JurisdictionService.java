package de.thueringen.antrag.jurisdiction;

import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Answers "which authority handles a service of level L for a citizen living in municipality M?".
 * <p>
 * Municipal services go to the authority that does the municipality's administrative work: a
 * Verwaltungsgemeinschaft does all matters of the übertragener Wirkungskreis of its members (Melde-, Pass-,
 * Gewerbe-, Ordnungsangelegenheiten) and executes their eigener Wirkungskreis on their instructions (§ 47 ThürKO);
 * an erfüllende Gemeinde does the same for the municipalities that assigned their tasks to it (§ 51 ThürKO, the
 * rules on Verwaltungsgemeinschaften apply accordingly). The municipality stays the party (and, e.g., the creditor
 * of its fees); only the acting authority changes.
 */
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
            case GEMEINDE -> actingFor(municipality);
            // a kreisfreie Stadt does the Landkreis' work itself
            case KREIS -> municipality.kind() == AuthorityKind.KREISFREIE_STADT
                    ? municipality
                    : require(municipality.parentId());
            case LAND -> require(LAND_OFFICE_ID);
            // callers check JurisdictionLevel.isExecutedHere() first; reaching this is a programming error
            case EXTERN -> throw new IllegalArgumentException("An external service has no authority on this platform");
        };
    }

    /** The authority doing the municipality's administrative work: itself, its VG or its erfüllende Gemeinde. */
    public Authority actingFor(Authority municipality) {
        return municipality.actsItself() ? municipality : require(municipality.actingId());
    }

    /**
     * The municipality an authority acts for in a case: present when a Verwaltungsgemeinschaft or erfüllende
     * Gemeinde handles a matter of one of its municipalities (the municipality stays the party and is named in the
     * letterhead), empty when the authority acts in its own name.
     */
    public Optional<Authority> municipalityActedFor(Authority authority, String municipalityAgs) {
        return directory.municipalityByAgs(municipalityAgs)
                .filter(municipality -> authority.id().equals(municipality.actingId()));
    }

    public Optional<Authority> find(String authorityId) {
        return directory.byId(authorityId);
    }

    public Authority require(String authorityId) {
        return directory.byId(authorityId)
                .orElseThrow(() -> new NoSuchElementException("Unknown authority " + authorityId));
    }
}
