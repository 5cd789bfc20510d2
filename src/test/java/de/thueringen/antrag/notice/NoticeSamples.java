package de.thueringen.antrag.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sample notices for the tests. */
final class NoticeSamples {

    static final NoticeAuthority ERFURT = new NoticeAuthority("Stadt Erfurt", "Bürgeramt", "Erfurt", "99084");
    static final NoticeRecipient RECIPIENT = new NoticeRecipient("Erika Mustermann", "Anger 1", "99084 Erfurt");
    static final LocalDate DATE = LocalDate.of(2026, 3, 5);
    static final String CASE_NUMBER = "BPA-2026-000123";
    static final String PAYMENT_REFERENCE = "TH-ABCDEFGH2345";
    static final String PAY_URL = "https://antrag.example.de/bezahlen/TH-ABCDEFGH2345";

    private NoticeSamples() {
    }

    static NoticeDocument notice(NoticeKind kind) {
        return notice(kind, RECIPIENT, List.of(
                "wir haben Ihren Antrag auf einen Bewohnerparkausweis für die Parkzone A geprüft.",
                "Der Ausweis berechtigt zum Parken in der angegebenen Zone, soweit die Beschilderung es zulässt."));
    }

    static NoticeDocument notice(NoticeKind kind, NoticeRecipient recipient, List<String> body) {
        Map<String, String> permit = new LinkedHashMap<>();
        if (kind == NoticeKind.APPROVAL) {
            permit.put("Kennzeichen", "EF-AB 123");
            permit.put("Parkzone", "A (Altstadt)");
            permit.put("Gültig bis", "30.11.2027");
        }
        String remedy = kind.challengeable() ? LegalRemedyText.objection(ERFURT.name(), ERFURT.seat()) : null;
        List<FeeLine> fees = kind.challengeable()
                ? List.of(new FeeLine("Gebühr Bewohnerparkausweis (12 Monate)", new BigDecimal("100")))
                : List.of();
        PaymentDetails payment = kind == NoticeKind.FEE_NOTICE
                ? new PaymentDetails(new BigDecimal("100"), PAYMENT_REFERENCE, LocalDate.of(2026, 3, 19), PAY_URL)
                : null;
        return new NoticeDocument(kind, ERFURT, recipient, CASE_NUMBER, DATE, "Bewohnerparkausweis",
                subject(kind), body, fees,
                "§ 45 Abs. 1b Satz 1 Nr. 2 StVO in Verbindung mit der Gebührensatzung der Stadt Erfurt",
                remedy, permit, payment);
    }

    static String subject(NoticeKind kind) {
        return switch (kind) {
            case RECEIPT -> "Eingangsbestätigung zu Ihrem Antrag auf einen Bewohnerparkausweis";
            case DOCUMENT_REQUEST -> "Nachforderung von Unterlagen zum Bewohnerparkausweis";
            case FEE_NOTICE -> "Gebührenbescheid zu Ihrem Antrag auf einen Bewohnerparkausweis";
            case DEEMED_APPROVAL -> "Bescheinigung über die Genehmigungsfiktion (Bewohnerparkausweis)";
            case APPROVAL -> "Bescheid über die Erteilung eines Bewohnerparkausweises";
            case REJECTION -> "Bescheid über die Ablehnung Ihres Antrags auf einen Bewohnerparkausweis";
            case DISCONTINUATION -> "Einstellung des Verfahrens über Ihren Antrag auf einen Bewohnerparkausweis";
        };
    }

    static List<String> paragraphs(int count) {
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            body.add("Absatz " + i + ": Die Prüfung Ihres Antrags hat ergeben, dass die Voraussetzungen "
                    + "nach den einschlägigen Vorschriften vorliegen; die Einzelheiten sind nachfolgend erläutert.");
        }
        return body;
    }
}
