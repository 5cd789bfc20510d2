package de.thueringen.antrag.jurisdiction;

import java.util.List;

/**
 * One authority or municipality. An authority that acts for itself is a Camunda tenant: its {@link #id()} is the
 * tenant id and the prefix of its groups. A member municipality of a Verwaltungsgemeinschaft, or one that has
 * handed its administration to an erfüllende Gemeinde, stays a place and the party of its cases, but
 * {@link #actingId()} names the authority that does its administrative work; that one is the tenant.
 *
 * @param key        AGS (8 digits) for municipalities, Kreisschlüssel (5 digits) for Landkreise, Verband code
 *                   (9 digits) for a Verwaltungsgemeinschaft, "16" for the Land
 * @param parentId   the authority one level up (Landratsamt of a Gemeinde or VG, Land office of a Landkreis)
 * @param seat       the place the authority sits, as required in a Rechtsbehelfsbelehrung
 * @param caseNumberPrefix unique prefix of this authority's case numbers, e.g. "ERF"
 * @param actingId   for a municipality: the VG or erfüllende Gemeinde acting for it; {@code null} if it acts itself
 * @param aliases    other names people search for: names of municipalities merged into this one, OSM spellings
 */
public record Authority(String id, AuthorityKind kind, String name, String key, String parentId, String seat,
                        String caseNumberPrefix, List<String> postcodes, String actingId, List<String> aliases) {

    public Authority {
        postcodes = List.copyOf(postcodes);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** An authority that acts for itself (no VG or erfüllende Gemeinde in between). */
    public Authority(String id, AuthorityKind kind, String name, String key, String parentId, String seat,
                     String caseNumberPrefix, List<String> postcodes) {
        this(id, kind, name, key, parentId, seat, caseNumberPrefix, postcodes, null, List.of());
    }

    public boolean isMunicipality() {
        return kind == AuthorityKind.GEMEINDE || kind == AuthorityKind.KREISFREIE_STADT;
    }

    /** Whether this authority does its own administrative work and is therefore a tenant with clerks. */
    public boolean actsItself() {
        return actingId == null;
    }

    public String clerkGroupId() {
        return id + "-sachbearbeitung";
    }

    public String leadGroupId() {
        return id + "-leitung";
    }

    /** The cash office (Kasse): sees the authority's payments, not its cases or tasks. */
    public String cashOfficeGroupId() {
        return id + "-kasse";
    }
}
