package de.thueringen.antrag.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The cash office's day report as CSV the way German spreadsheet programs open it: UTF-8 with byte order mark,
 * {@code ;} between cells, decimal comma, CRLF line ends, German header. Cells that a spreadsheet would read as a
 * formula (starting with {@code = + - @}, tab or carriage return) get a leading apostrophe; cells with separators,
 * quotes or line breaks are quoted.
 */
final class PaymentReportCsv {

    static final String HEADER = "Kassenzeichen;Aktenzeichen;Leistung;Betrag;Währung;Status;Bezahlt am;Transaktions-ID";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter GERMAN_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Berlin"));

    record Row(String reference, String caseNumber, String service, BigDecimal amount, String currency, String status,
               Instant paidAt, String transactionId) {
    }

    private PaymentReportCsv() {
    }

    static byte[] write(List<Row> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Row row : rows) {
            csv.append(String.join(";",
                    cell(row.reference()),
                    cell(row.caseNumber()),
                    cell(row.service()),
                    cell(amount(row.amount())),
                    cell(row.currency()),
                    cell(row.status()),
                    cell(row.paidAt() == null ? "" : GERMAN_TIME.format(row.paidAt())),
                    cell(row.transactionId()))).append("\r\n");
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, result, 0, BOM.length);
        System.arraycopy(text, 0, result, BOM.length, text.length);
        return result;
    }

    static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value;
        char first = safe.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            safe = "'" + safe;
        }
        if (safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            safe = '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
