package de.thueringen.antrag.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** German date and money formats used in notices. */
final class GermanFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

    private GermanFormats() {
    }

    /** Formats a date as "dd.MM.yyyy"; {@code null} gives an empty string. */
    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Formats an amount like "1.234,50 €" (rounded half up to cent); {@code null} gives "–". */
    static String euro(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        // DecimalFormat is not thread-safe, so a new instance per call.
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
        format.setRoundingMode(RoundingMode.HALF_UP);
        // A plain space (not U+00A0) keeps the text searchable as "100,00 €".
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " €";
    }
}
