package de.thueringen.antrag.notice;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The placeholders a notice template may use, written {@code {{name}}}. Their values come from the case, the
 * service, the authority and the process; they are inserted as plain text and never read as template syntax.
 */
public enum NoticePlaceholder {

    LEISTUNG("leistung", "Name der Leistung, z. B. Bewohnerparkausweis"),
    AKTENZEICHEN("aktenzeichen", "Aktenzeichen des Antrags"),
    ANTRAGSTELLER("antragsteller", "Vor- und Nachname der antragstellenden Person"),
    BEHOERDE("behoerde", "Name der Behörde, z. B. Landratsamt Gotha"),
    SITZ("sitz", "Sitz der Behörde, z. B. Gotha"),
    EINGANGSDATUM("eingangsdatum", "Tag, an dem der Antrag eingegangen ist"),
    DATUM("datum", "Datum des Schreibens"),
    RECHTSGRUNDLAGE("rechtsgrundlage", "Rechtsgrundlage der Leistung (Prozess-Eigenschaft legal.basis)"),
    BEGRUENDUNG("begruendung", "Begründung der Ablehnung oder der Einstellung"),
    GEBUEHR("gebuehr", "Gebühr in Euro, z. B. 30,00 €"),
    GEBUEHR_RECHTSGRUNDLAGE("gebuehr_rechtsgrundlage", "Rechtsgrundlage der Gebühr"),
    KASSENZEICHEN("kassenzeichen", "Kassenzeichen der Zahlung"),
    ZAHLUNGSFRIST("zahlungsfrist", "letzter Tag, an dem die Gebühr zu zahlen ist"),
    ZAHLUNGSLINK("zahlungslink", "Internetadresse, unter der die Gebühr online bezahlt werden kann"),
    FEHLENDE_UNTERLAGEN("fehlende_unterlagen", "nachzureichende Unterlagen, eine je Zeile"),
    FRIST("frist", "Frist, bis zu der Unterlagen nachzureichen sind"),
    GUELTIG_BIS("gueltig_bis", "Ende der Gültigkeit der Genehmigung"),
    FIKTIONSDATUM("fiktionsdatum", "Tag, an dem die Entscheidungsfrist abgelaufen ist (Genehmigungsfiktion)");

    private static final Map<String, NoticePlaceholder> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(NoticePlaceholder::placeholderName, Function.identity()));

    private final String placeholderName;
    private final String description;

    NoticePlaceholder(String placeholderName, String description) {
        this.placeholderName = placeholderName;
        this.description = description;
    }

    /** The name written between the braces, e.g. "leistung". */
    public String placeholderName() {
        return placeholderName;
    }

    /** German explanation for designers. */
    public String description() {
        return description;
    }

    public static Optional<NoticePlaceholder> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** All names, comma separated, for error messages. */
    static String allNames() {
        return Arrays.stream(values()).map(NoticePlaceholder::placeholderName).collect(Collectors.joining(", "));
    }
}
