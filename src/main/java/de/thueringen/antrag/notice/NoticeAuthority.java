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
 */
public record NoticeAuthority(String name, String department, String seat, String postalCode, String kindLabel,
                              String contact) {

    public NoticeAuthority(String name, String department, String seat, String postalCode) {
        this(name, department, seat, postalCode, null, null);
    }
}
