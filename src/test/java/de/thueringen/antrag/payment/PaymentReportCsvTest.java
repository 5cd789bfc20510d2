package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class PaymentReportCsvTest {

    private static final PaymentReportCsv.Row PAID = new PaymentReportCsv.Row("TH-ABCDEFGHJKLM", "ERF-2026-000001",
            "Bewohnerparkausweis", new BigDecimal("1234.5"), "EUR", "bezahlt", Instant.parse("2026-03-01T23:30:00Z"),
            "TX-1");

    @Test
    void startsWithUtf8ByteOrderMarkAndGermanHeader() {
        byte[] csv = PaymentReportCsv.write(List.of());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Kassenzeichen;Aktenzeichen;Leistung;Betrag;Währung;Status;Bezahlt am;Transaktions-ID\r\n");
    }

    @Test
    void writesAmountsWithDecimalCommaAndPaymentTimeInGermanTime() {
        String text = text(PaymentReportCsv.write(List.of(PAID)));
        assertThat(text.split("\r\n")[1])
                .isEqualTo("TH-ABCDEFGHJKLM;ERF-2026-000001;Bewohnerparkausweis;1234,50;EUR;bezahlt;02.03.2026 00:30:00;TX-1");
    }

    @Test
    void leavesCellsOfOpenPaymentsEmpty() {
        PaymentReportCsv.Row open = new PaymentReportCsv.Row("TH-ABCDEFGHJKLM", "ERF-2026-000002", "Bewohnerparkausweis",
                new BigDecimal("100"), "EUR", "offen", null, null);
        assertThat(text(PaymentReportCsv.write(List.of(open))).split("\r\n")[1])
                .isEqualTo("TH-ABCDEFGHJKLM;ERF-2026-000002;Bewohnerparkausweis;100,00;EUR;offen;;");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldTakeForFormulas() {
        assertThat(PaymentReportCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(PaymentReportCsv.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(PaymentReportCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(PaymentReportCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(PaymentReportCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(PaymentReportCsv.cell("Hundesteuer = Gebühr")).isEqualTo("Hundesteuer = Gebühr");
    }

    @Test
    void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
        assertThat(PaymentReportCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(PaymentReportCsv.cell("Sag \"ja\"")).isEqualTo("\"Sag \"\"ja\"\"\"");
        assertThat(PaymentReportCsv.cell("Zeile1\nZeile2")).isEqualTo("\"Zeile1\nZeile2\"");
    }

    @Test
    void aHostileServiceNameStaysInItsOwnCell() {
        PaymentReportCsv.Row hostile = new PaymentReportCsv.Row("TH-ABCDEFGHJKLM", "ERF-2026-000003",
                "=cmd|' /C calc'!A0;x", new BigDecimal("5"), "EUR", "bezahlt", null, "-TX");
        String line = text(PaymentReportCsv.write(List.of(hostile))).split("\r\n")[1];
        assertThat(line).isEqualTo("TH-ABCDEFGHJKLM;ERF-2026-000003;\"'=cmd|' /C calc'!A0;x\";5,00;EUR;bezahlt;;'-TX");
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
