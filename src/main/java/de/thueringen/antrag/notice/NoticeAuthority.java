package de.thueringen.antrag.notice;

/**
 * The issuing authority of a notice.
 *
 * @param name       name of the authority, e.g. "Stadt Erfurt"
 * @param department organisational unit, e.g. "Bürgeramt"; may be {@code null}
 * @param seat       seat (Sitz) of the authority, e.g. "Erfurt"
 * @param postalCode postal code of the seat; may be {@code null}
 */
public record NoticeAuthority(String name, String department, String seat, String postalCode) {
}
