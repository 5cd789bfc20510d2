package de.thueringen.antrag.tools;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The generic start form of a long-tail service (Camunda Form, schemaVersion 16, form-js 1.8 components only):
 * what the service is, the applicant (same keys and checks as the Bewohnerparkausweis form, so the server maps them
 * into the case file), "Ihr Anliegen", who is responsible, which documents to upload, the legal basis, the cost,
 * and the declaration that the data are true.
 */
final class StartFormFactory {

    static final String HOUSE_NUMBER = "^[0-9]{1,4}[a-zA-Z]?([-/][0-9a-zA-Z]{1,4})?$";
    static final String POSTAL_CODE = "^[0-9]{5}$";
    static final String EMAIL = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$";
    static final String PHONE = "^[0-9+()/ -]{6,30}$";
    static final int REQUEST_MAX_LENGTH = 4000;

    private StartFormFactory() {
    }

    static ObjectNode create(ServicePlan plan) {
        ObjectNode form = GeneratorChecksum.JSON.createObjectNode();
        ArrayNode components = form.putArray("components");

        text(components, "Text_Intro", "## " + markdown(plan.serviceName()) + "\n\n"
                + intro(plan.archetype())
                + " Füllen Sie bitte alle Felder aus, die mit einem Stern (*) markiert sind.");

        ObjectNode applicant = group(components, "Group_Applicant", "Antragstellerin / Antragsteller");
        ArrayNode fields = applicant.putArray("components");
        textfield(fields, "firstName", "Vorname", null, true, null, 100, "Row_Name", 8);
        textfield(fields, "lastName", "Nachname", null, true, null, 100, "Row_Name", 8);
        textfield(fields, "street", "Straße", "Ihre Anschrift (Hauptwohnung bzw. Sitz).", true, null, 100, "Row_Street", 12);
        textfield(fields, "houseNumber", "Hausnummer", "z. B. 12, 12a oder 12-14", true, HOUSE_NUMBER, null, "Row_Street", 4);
        textfield(fields, "postalCode", "Postleitzahl", "5 Ziffern", true, POSTAL_CODE, null, "Row_City", 4);
        textfield(fields, "city", "Wohnort", null, true, null, 100, "Row_City", 12);
        textfield(fields, "email", "E-Mail-Adresse (freiwillig)", "Damit wir Sie bei Rückfragen schnell erreichen.", false,
                EMAIL, 254, "Row_Contact", 8);
        textfield(fields, "phone", "Telefonnummer (freiwillig)", "z. B. 0361 123456", false, PHONE, null, "Row_Contact", 8);

        ObjectNode request = group(components, "Group_Request", "Ihr Anliegen");
        ObjectNode area = request.putArray("components").addObject();
        area.put("type", "textarea");
        area.put("id", "Field_request");
        area.put("key", "request");
        area.put("label", "Was möchten Sie beantragen oder mitteilen?");
        area.put("description", "Beschreiben Sie Ihr Anliegen mit allen Angaben, die für die Bearbeitung wichtig sind "
                + "(höchstens " + REQUEST_MAX_LENGTH + " Zeichen).");
        ObjectNode validate = area.putObject("validate");
        validate.put("required", true);
        validate.put("maxLength", REQUEST_MAX_LENGTH);

        text(components, "Text_Responsible", "### Wer ist zuständig?\n\n" + responsible(plan) + " Wir leiten Ihren Antrag "
                + "anhand Ihrer Anschrift an die zuständige Stelle weiter.");
        text(components, "Text_Evidence", "### Unterlagen\n\n" + evidence(plan.evidence()));
        text(components, "Text_LegalBasis", "### Rechtsgrundlage\n\n" + (plan.entry().legalBasis().isBlank()
                ? "Die Rechtsgrundlage nennt Ihnen die zuständige Stelle im Bescheid."
                : markdown(plan.legalBasis())));
        text(components, "Text_Cost", "### Was kostet das?\n\n" + cost(plan));

        ObjectNode declaration = components.addObject();
        declaration.put("type", "checkbox");
        declaration.put("id", "Field_declarationTruthful");
        declaration.put("key", "declarationTruthful");
        declaration.put("label", "Ich versichere, dass meine Angaben vollständig und richtig sind.");
        declaration.putObject("validate").put("required", true);

        form.put("type", "default");
        form.put("id", plan.formId());
        form.put("executionPlatform", "Camunda Platform");
        form.put("executionPlatformVersion", "7.24.0");
        form.put("schemaVersion", 16);
        return form;
    }

    static String intro(Archetype archetype) {
        return switch (archetype) {
            case GENEHMIGUNG -> "Hier stellen Sie Ihren Antrag online. Wir prüfen ihn und schicken Ihnen den Bescheid.";
            case ANZEIGE -> "Hier erledigen Sie Ihre Anzeige oder Meldung online. Wir prüfen sie und schicken Ihnen eine "
                    + "Bestätigung.";
            case BESCHEINIGUNG -> "Hier beantragen Sie die Bescheinigung, Auskunft oder Urkunde online. Wir prüfen Ihren "
                    + "Antrag und schicken Ihnen das Dokument.";
            case LEISTUNG -> "Hier beantragen Sie die Leistung online. Wir prüfen Ihren Anspruch und schicken Ihnen den "
                    + "Bescheid.";
        };
    }

    static String responsible(ServicePlan plan) {
        return switch (plan.level()) {
            case GEMEINDE -> "Zuständig ist Ihre Gemeinde (Stadt- oder Gemeindeverwaltung).";
            case KREIS -> "Zuständig ist Ihr Landratsamt bzw. Ihre kreisfreie Stadt.";
            case LAND -> "Zuständig ist das Thüringer Landesverwaltungsamt.";
            case EXTERN -> "Zuständig ist " + plan.properties().get("competent.body") + ". Den Antrag stellen Sie dort.";
        };
    }

    static String evidence(Map<String, String> evidence) {
        StringBuilder text = new StringBuilder("Nachweise und Unterlagen laden Sie zusammen mit diesem Antrag hoch "
                + "(PDF, PNG oder JPEG, höchstens 10 MB je Datei).");
        boolean onlyGeneric = evidence.size() == 1 && evidence.containsKey("antragsunterlagen");
        if (onlyGeneric || evidence.isEmpty()) {
            text.append(" Fügen Sie bitte alles bei, was Ihr Anliegen belegt. Fehlt etwas, fordern wir es bei Ihnen an.");
            return text.toString();
        }
        text.append("\n");
        evidence.forEach((key, spec) -> {
            boolean required = spec.startsWith("required|");
            String label = markdown(spec.substring(spec.indexOf('|') + 1));
            text.append("\n- ").append(required ? "**" + label + "** (erforderlich)" : label + " (falls vorhanden)");
        });
        return text.toString();
    }

    static String cost(ServicePlan plan) {
        if (!plan.archetype().leviesFees()) {
            return "Der Antrag ist für Sie kostenlos.";
        }
        String after = plan.archetype() == Archetype.BESCHEINIGUNG
                ? " Das Dokument erhalten Sie, sobald die Gebühr bezahlt ist."
                : "";
        return "Für diese Leistung kann eine Gebühr anfallen. Sie zahlen erst, wenn wir Ihren Antrag geprüft haben; "
                + "den Betrag und seine Rechtsgrundlage teilen wir Ihnen vorher mit." + after;
    }

    /** Escapes what Markdown or the form's templates would interpret in catalogue text. */
    static String markdown(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>{}#|])", "\\\\$1");
    }

    private static void text(ArrayNode components, String id, String text) {
        ObjectNode component = components.addObject();
        component.put("type", "text");
        component.put("id", id);
        component.put("text", text);
    }

    private static ObjectNode group(ArrayNode components, String id, String label) {
        ObjectNode group = components.addObject();
        group.put("type", "group");
        group.put("id", id);
        group.put("label", label);
        group.put("showOutline", true);
        return group;
    }

    private static void textfield(ArrayNode components, String key, String label, String description, boolean required,
                                  String pattern, Integer maxLength, String row, int columns) {
        ObjectNode field = components.addObject();
        field.put("type", "textfield");
        field.put("id", "Field_" + key);
        field.put("key", key);
        field.put("label", label);
        if (description != null) {
            field.put("description", description);
        }
        ObjectNode validate = field.putObject("validate");
        if (required) {
            validate.put("required", true);
        }
        if (pattern != null) {
            validate.put("pattern", pattern);
        }
        if (maxLength != null) {
            validate.put("maxLength", maxLength);
        }
        ObjectNode layout = field.putObject("layout");
        layout.put("row", row);
        layout.put("columns", columns);
    }
}
