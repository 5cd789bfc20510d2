package de.thueringen.antrag.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/** Formats and plain-German explanations for the portal's pages. */
final class GermanText {

    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'");

    private GermanText() {
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(GERMANY));
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(GERMANY));
    }

    static String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " Byte";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** How to pay an open fee where there is no online payment: a bank transfer the cash office books. */
    static String bankTransfer(String authority, String reference) {
        return "Bitte überweisen Sie die Gebühr an " + authority + " und geben Sie als Verwendungszweck nur das "
                + "Kassenzeichen " + reference + " an. Die Bankverbindung nennt Ihnen die Behörde. Sobald die Kasse "
                + "Ihre Zahlung gebucht hat, sehen Sie das hier.";
    }

    /** What the status means for the citizen and what happens next. */
    static String explanation(CaseStatus status) {
        return switch (status) {
            case EINGEGANGEN -> "Ihr Antrag ist bei der Behörde angekommen. Sie müssen im Moment nichts tun.";
            case IN_PRUEFUNG -> "Eine Sachbearbeiterin oder ein Sachbearbeiter prüft Ihren Antrag. Sie müssen im Moment nichts tun.";
            case UNTERLAGEN_NACHGEFORDERT -> "Für Ihren Antrag fehlen noch Unterlagen. Was fehlt, steht in der Nachricht der Behörde. "
                    + "Sie können die Unterlagen unten hochladen.";
            case ZAHLUNG_AUSSTEHEND -> "Bitte bezahlen Sie die Gebühr. Danach geht die Bearbeitung weiter.";
            case BEZAHLT -> "Ihre Zahlung ist eingegangen. Die Bearbeitung geht weiter.";
            case IN_ENTSCHEIDUNG -> "Die Behörde entscheidet über Ihren Antrag. Sie müssen im Moment nichts tun.";
            case GENEHMIGT -> "Ihr Antrag wurde genehmigt. Den Bescheid können Sie unten herunterladen.";
            case ABGELEHNT -> "Ihr Antrag wurde abgelehnt. Die Gründe stehen im Bescheid, den Sie unten herunterladen können.";
            case EINGESTELLT -> "Das Verfahren wurde eingestellt. Die Gründe stehen im Schreiben, das Sie unten herunterladen können.";
        };
    }

    static String responsibility(JurisdictionLevel level) {
        return switch (level) {
            case GEMEINDE -> "Ihre Stadt oder Gemeinde";
            case KREIS -> "Ihr Landratsamt (in kreisfreien Städten die Stadtverwaltung)";
            case LAND -> "das Thüringer Landesverwaltungsamt";
            case EXTERN -> "eine Stelle außerhalb dieses Portals";
        };
    }
}
