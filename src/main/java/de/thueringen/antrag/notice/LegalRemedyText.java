package de.thueringen.antrag.notice;

/**
 * German legal remedy texts (Rechtsbehelfsbelehrung) for notices.
 *
 * <p>The wording is our own, not an official model. It covers the elements required by § 37 Abs. 6 VwVfG and
 * § 58 Abs. 1 VwGO (remedy, the authority or court where it is lodged, its seat, the time limit) and the form
 * requirements of § 70 Abs. 1 VwGO (objection) or §§ 55a, 81, 82 VwGO (action), with the electronic form of an
 * objection referring to the Thuringian administrative procedure act.
 */
public final class LegalRemedyText {

    private LegalRemedyText() {
    }

    /**
     * Text for an objection (Widerspruch) against a Bescheid, to be lodged with the issuing authority.
     *
     * @param authorityName name of the issuing authority, e.g. "Stadt Erfurt"
     * @param seat          seat of that authority, e.g. "Erfurt"
     * @return the German legal remedy text, without the heading "Rechtsbehelfsbelehrung"
     * @throws IllegalArgumentException if an argument is null or blank
     */
    public static String objection(String authorityName, String seat) {
        return objection(NoticeKind.APPROVAL, authorityName, seat);
    }

    /**
     * Text for an objection (Widerspruch) against the given kind of notice ("diesen Bescheid", "diese
     * Bescheinigung"), to be lodged with the issuing authority.
     */
    public static String objection(NoticeKind kind, String authorityName, String seat) {
        String name = requireText(authorityName, "authorityName");
        String place = requireText(seat, "seat");
        return "Gegen " + kind.germanReference() + " kann innerhalb eines Monats nach "
                + possessive(kind) + " Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist bei der "
                + "Behörde, die " + kind.germanReference() + " erlassen hat, einzulegen: " + name + " mit Sitz in "
                + place + ". Er kann schriftlich, in elektronischer Form nach § 3a Abs. 2 des Thüringer "
                + "Verwaltungsverfahrensgesetzes (ThürVwVfG) oder zur Niederschrift bei dieser Behörde "
                + "erhoben werden.";
    }

    /**
     * Text for an action (Klage) at the Verwaltungsgericht, where a law excludes the objection.
     *
     * @param kind  what is challenged
     * @param court the competent court, see {@link AdministrativeCourts#competentFor}
     */
    public static String action(NoticeKind kind, AdministrativeCourt court) {
        if (court == null) {
            throw new IllegalArgumentException("court must not be null");
        }
        String name = requireText(court.name(), "court.name");
        String seat = requireText(court.seat(), "court.seat");
        return "Gegen " + kind.germanReference() + " kann innerhalb eines Monats nach " + possessive(kind)
                + " Bekanntgabe Klage beim " + name + " mit Sitz in " + seat + " (" + court.address()
                + ") erhoben werden. Ein Widerspruchsverfahren findet nicht statt. Die Klage ist bei dem Gericht "
                + "schriftlich, zur Niederschrift des Urkundsbeamten der Geschäftsstelle oder als elektronisches "
                + "Dokument nach § 55a der Verwaltungsgerichtsordnung (VwGO) zu erheben. Sie muss den Kläger, den "
                + "Beklagten und den Gegenstand des Klagebegehrens bezeichnen.";
    }

    private static String possessive(NoticeKind kind) {
        return kind.germanReference().startsWith("diese ") ? "ihrer" : "seiner";
    }

    private static String requireText(String value, String parameter) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not be blank");
        }
        return value.strip();
    }
}
