package de.thueringen.antrag.notice;

/**
 * German legal remedy texts (Rechtsbehelfsbelehrung) for notices.
 *
 * <p>The wording is our own. It covers the elements required by § 37 Abs. 6 VwVfG (remedy,
 * authority, its seat, time limit) and the form requirements of § 70 Abs. 1 VwGO, with the
 * electronic form referring to the Thuringian administrative procedure act.
 */
public final class LegalRemedyText {

    private LegalRemedyText() {
    }

    /**
     * Text for an objection (Widerspruch) to be lodged with the issuing authority.
     *
     * @param authorityName name of the issuing authority, e.g. "Stadt Erfurt"
     * @param seat          seat of that authority, e.g. "Erfurt"
     * @return the German legal remedy text, without the heading "Rechtsbehelfsbelehrung"
     * @throws IllegalArgumentException if an argument is null or blank
     */
    public static String objection(String authorityName, String seat) {
        String name = requireText(authorityName, "authorityName");
        String place = requireText(seat, "seat");
        return "Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Widerspruch "
                + "erhoben werden. Der Widerspruch ist bei der Behörde, die den Bescheid erlassen hat, "
                + "einzulegen: " + name + " mit Sitz in " + place + ". "
                + "Er kann schriftlich, in elektronischer Form nach § 3a Abs. 2 des Thüringer "
                + "Verwaltungsverfahrensgesetzes (ThürVwVfG) oder zur Niederschrift bei dieser Behörde "
                + "erhoben werden.";
    }

    private static String requireText(String value, String parameter) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not be blank");
        }
        return value.strip();
    }
}
