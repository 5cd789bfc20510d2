package de.thueringen.antrag.notice;

/**
 * The issuing authority of a notice.
 *
 * @param name       name of the authority, e.g. "Stadt Erfurt"
 * @param department organisational unit, e.g. "Bürgeramt"; may be {@code null}
 * @param seat       seat (Sitz) of the authority, e.g. "Erfurt"
 * @param postalCode postal code of the seat; may be {@code null}
 * @param kindLabel  what kind of authority it is, for the letterhead, e.g. "Landratsamt"; may be {@code null}
 * @param contact    contact for questions in the information block, e.g. "Bürgerservice"; may be {@code null}
 * @param onBehalfOf the municipality the authority acts for, e.g. "Gemeinde Rippershausen" when a
 *                   Verwaltungsgemeinschaft or an erfüllende Gemeinde issues the notice; {@code null} otherwise
 */
public record NoticeAuthority(String name, String department, String seat, String postalCode, String kindLabel,
                              String contact, String onBehalfOf) {

    public NoticeAuthority(String name, String department, String seat, String postalCode, String kindLabel,
                           String contact) {
        this(name, department, seat, postalCode, kindLabel, contact, null);
    }

    public NoticeAuthority(String name, String department, String seat, String postalCode) {
        this(name, department, seat, postalCode, null, null, null);
    }

    /** "für die Gemeinde Y" under the authority's name, or empty when it acts in its own name. */
    public String onBehalfOfLine() {
        return onBehalfOf == null || onBehalfOf.isBlank() ? "" : "für die " + onBehalfOf;
    }
}
