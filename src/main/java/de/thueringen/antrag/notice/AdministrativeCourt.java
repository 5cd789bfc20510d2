package de.thueringen.antrag.notice;

import java.util.StringJoiner;

/**
 * A Thuringian Verwaltungsgericht as a legal remedy text names it.
 *
 * @param name       e.g. "Verwaltungsgericht Meiningen"
 * @param building   building the court sits in, e.g. "Justizzentrum Meiningen"; may be {@code null}
 * @param street     street and number; may be {@code null} where not confirmed
 * @param postalCode postal code; may be {@code null} where not confirmed
 * @param seat       seat (Sitz) of the court, required by § 58 Abs. 1 VwGO, e.g. "Meiningen"
 */
public record AdministrativeCourt(String name, String building, String street, String postalCode, String seat) {

    /** Postal address as far as known, e.g. "Lindenallee 15, 98617 Meiningen". */
    public String address() {
        StringJoiner address = new StringJoiner(", ");
        if (building != null) {
            address.add(building);
        }
        if (street != null) {
            address.add(street);
        }
        address.add(postalCode == null ? seat : postalCode + " " + seat);
        return address.toString();
    }
}
