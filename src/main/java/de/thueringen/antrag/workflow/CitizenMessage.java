package de.thueringen.antrag.workflow;

import java.util.Map;

/**
 * The messages a process can put into the citizen's mailbox (Postfach), in plain German. {@code {{name}}}
 * placeholders are filled with plain text from the case.
 */
enum CitizenMessage {
    ZAHLUNGSAUFFORDERUNG("Bitte bezahlen Sie die Gebühr für {{leistung}}",
            "Für Ihren Antrag {{aktenzeichen}} ist eine Gebühr von {{gebuehr}} zu bezahlen. Den Gebührenbescheid "
                    + "finden Sie in Ihren Dokumenten. Sie können online bezahlen; danach bearbeiten wir Ihren Antrag weiter."),
    ZAHLUNGSERINNERUNG("Erinnerung: Gebühr für {{leistung}} noch offen",
            "Die Gebühr von {{gebuehr}} für Ihren Antrag {{aktenzeichen}} ist noch nicht bei uns eingegangen. Bitte "
                    + "bezahlen Sie bald. Ohne Zahlung wird das Verfahren nach Ablauf der Frist eingestellt."),
    NACHFORDERUNG("Bitte reichen Sie Unterlagen nach",
            "Für Ihren Antrag {{aktenzeichen}} ({{leistung}}) fehlen noch Unterlagen. Was fehlt und bis wann, steht "
                    + "im Schreiben in Ihren Dokumenten. Sie können die Unterlagen online hochladen."),
    BESCHEID_ZUGESTELLT("Neues Schreiben zu Ihrem Antrag {{aktenzeichen}}",
            "Zu Ihrem Antrag auf {{leistung}} liegt ein neues Schreiben für Sie bereit. Sie finden es in Ihren "
                    + "Dokumenten und können es herunterladen.");

    private final String subject;
    private final String body;

    CitizenMessage(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    String subject(Map<String, String> values) {
        return fill(subject, values);
    }

    String body(Map<String, String> values) {
        return fill(body, values);
    }

    private static String fill(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("{{" + value.getKey() + "}}", value.getValue() == null ? "" : value.getValue());
        }
        return result;
    }
}
