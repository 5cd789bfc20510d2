package de.thueringen.antrag.jurisdiction;

import java.util.List;

/**
 * One authority; its {@link #id()} is also its Camunda tenant id and the prefix of its groups.
 *
 * @param key        AGS (8 digits) for municipalities, Kreisschlüssel (5 digits) for Landkreise, "16" for the Land
 * @param parentId   the authority one level up (Landratsamt of a Gemeinde, Land office of a Landkreis)
 * @param seat       the place the authority sits, as required in a Rechtsbehelfsbelehrung
 * @param caseNumberPrefix unique prefix of this authority's case numbers, e.g. "ERF"
 */
public record Authority(String id, AuthorityKind kind, String name, String key, String parentId, String seat,
                        String caseNumberPrefix, List<String> postcodes) {

    public boolean isMunicipality() {
        return kind == AuthorityKind.GEMEINDE || kind == AuthorityKind.KREISFREIE_STADT;
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
