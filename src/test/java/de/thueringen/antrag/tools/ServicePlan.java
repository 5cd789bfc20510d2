package de.thueringen.antrag.tools;

import java.util.LinkedHashMap;
import java.util.Map;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/**
 * Everything the generator writes for one service: the catalogue data, the chosen archetype (with the rule that chose
 * it), the level and place from the reviewed {@link JurisdictionTable} (with its source) and the process properties in
 * their order.
 *
 * @param feeDecisionId the DMN decision {@code fee-<id>} if {@code processes/decisions/fee-<id>.dmn} exists, else null
 */
record ServicePlan(CatalogEntry entry, Archetype archetype, String archetypeReason, JurisdictionLevel level,
                   String levelReason, String serviceName, Map<String, String> properties, String feeDecisionId) {

    static final String GENERIC_EVIDENCE_KEY = "evidence.antragsunterlagen";
    static final String GENERIC_EVIDENCE = "optional|Weitere Unterlagen zum Antrag";
    /** Shown where the OZG catalogue names no legal basis (the property must not be empty). */
    static final String NO_LEGAL_BASIS = "im OZG-Katalog nicht angegeben";

    static ServicePlan of(CatalogEntry entry, Overrides overrides, JurisdictionTable.Row jurisdiction,
                          boolean feeDecisionExists) {
        Map<String, String> override = overrides.propertiesFor(entry.ozgId());
        ArchetypeRules.Choice<Archetype> archetype = ArchetypeRules.archetypeOf(entry);
        Archetype chosenArchetype = archetype.value();
        String archetypeReason = archetype.reason();
        if (override.containsKey("archetype")) {
            chosenArchetype = Archetype.valueOf(override.get("archetype"));
            archetypeReason = "festgelegt in overrides.csv";
        }
        if (!jurisdiction.ozgId().equals(entry.ozgId())) {
            throw new IllegalArgumentException("row " + jurisdiction.ozgId() + " for service " + entry.ozgId());
        }
        JurisdictionLevel chosenLevel = jurisdiction.level();
        String levelReason = "zustaendigkeit.csv: " + jurisdiction.source();
        String serviceName = override.getOrDefault("service.name", entry.name());

        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ozg.id", entry.ozgId());
        properties.put("ozg.name", entry.name());
        properties.put("service.name", serviceName);
        properties.put("ozg.themenfeld", entry.topic());
        properties.put("ozg.lage", entry.situation());
        properties.put("leika.keys", String.join(";", entry.leikaKeys()));
        properties.put("legal.basis", entry.legalBasis().isBlank() ? NO_LEGAL_BASIS : entry.legalBasis());
        properties.putAll(jurisdiction.properties());
        properties.put("archetype", chosenArchetype.name());
        boolean ownEvidence = override.keySet().stream().anyMatch(k -> k.startsWith("evidence."));
        if (!ownEvidence) {
            properties.put(GENERIC_EVIDENCE_KEY, GENERIC_EVIDENCE);
        }
        override.forEach((key, value) -> {
            if (key.startsWith("evidence.")) {
                properties.put(key, value);
            }
        });
        properties.put("processing.days", String.valueOf(chosenArchetype.defaultProcessingDays()));
        override.forEach((key, value) -> {
            if (!key.startsWith("evidence.") && !key.equals("archetype")) {
                properties.put(key, value);
            }
        });
        checkDeemedApprovalAndFourEyes(entry.ozgId(), chosenArchetype, properties);
        String feeDecision = feeDecisionExists && chosenArchetype.leviesFees() ? "fee-" + entry.ozgId() : null;
        return new ServicePlan(entry, chosenArchetype, archetypeReason, chosenLevel, levelReason, serviceName,
                properties, feeDecision);
    }

    /** Property {@code deemed.approval}: the period of the deemed approval (Genehmigungsfiktion). */
    static final String DEEMED_APPROVAL = "deemed.approval";
    /** Property {@code deemed.approval.when}: {@code formField=value|value}, the applications it applies to. */
    static final String DEEMED_APPROVAL_WHEN = "deemed.approval.when";
    /** Property {@code four.eyes}: a second clerk checks every decision. */
    static final String FOUR_EYES = "four.eyes";

    /**
     * The deemed approval applies only to permits ({@link Archetype#GENEHMIGUNG}: § 42a VwVfG speaks of a
     * "Genehmigung"), the four-eyes check only where there is a decision task (GENEHMIGUNG, LEISTUNG); values must be
     * well-formed. A wrong override stops the generator instead of producing a process that fails at run time.
     */
    private static void checkDeemedApprovalAndFourEyes(String ozgId, Archetype archetype, Map<String, String> properties) {
        String where = "overrides.csv, " + ozgId + ": ";
        String period = properties.get(DEEMED_APPROVAL);
        if (period != null) {
            try {
                java.time.Period parsed = java.time.Period.parse(period);
                if (parsed.isNegative() || parsed.isZero()) {
                    throw new IllegalStateException(where + DEEMED_APPROVAL + " must be a positive period, not " + period);
                }
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalStateException(where + DEEMED_APPROVAL + " \"" + period + "\" is no ISO-8601 period (P3M)", e);
            }
            if (archetype != Archetype.GENEHMIGUNG) {
                throw new IllegalStateException(where + DEEMED_APPROVAL + " needs the archetype GENEHMIGUNG, not " + archetype);
            }
        }
        String when = properties.get(DEEMED_APPROVAL_WHEN);
        if (when != null) {
            if (period == null) {
                throw new IllegalStateException(where + DEEMED_APPROVAL_WHEN + " without " + DEEMED_APPROVAL);
            }
            if (!when.matches("[a-zA-Z][a-zA-Z0-9_]*=[^|=]+(\\|[^|=]+)*")) {
                throw new IllegalStateException(where + DEEMED_APPROVAL_WHEN + " \"" + when + "\" is not field=value or field=value1|value2");
            }
        }
        String fourEyes = properties.get(FOUR_EYES);
        if (fourEyes != null) {
            if (!fourEyes.equals("true") && !fourEyes.equals("false")) {
                throw new IllegalStateException(where + FOUR_EYES + " must be true or false, not " + fourEyes);
            }
            if (fourEyes.equals("true") && archetype != Archetype.GENEHMIGUNG && archetype != Archetype.LEISTUNG) {
                throw new IllegalStateException(where + FOUR_EYES + " needs a decision task (GENEHMIGUNG or LEISTUNG), not " + archetype);
            }
        }
    }

    /** The deemed approval's period ({@code P3M}), or null where the law orders none for the service. */
    String deemedApproval() {
        return properties.get(DEEMED_APPROVAL);
    }

    boolean fourEyes() {
        return "true".equals(properties.get(FOUR_EYES));
    }

    String ozgId() {
        return entry.ozgId();
    }

    String processId() {
        return "ozg-" + entry.ozgId();
    }

    String formId() {
        return "form-" + entry.ozgId();
    }

    /** {@code processes/services/<themenfeld-slug>/<id>-<name-slug>.bpmn} */
    String processPath() {
        return "processes/services/" + Slugs.of(entry.topic()) + "/" + entry.ozgId() + "-" + Slugs.of(entry.name()) + ".bpmn";
    }

    /** {@code forms/services/<id>-<name-slug>.form} */
    String formPath() {
        return "forms/services/" + entry.ozgId() + "-" + Slugs.of(entry.name()) + ".form";
    }

    String legalBasis() {
        return properties.get("legal.basis");
    }

    /** The citizen's documents as (key → "required|Label"), in order. */
    Map<String, String> evidence() {
        Map<String, String> evidence = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("evidence.")) {
                evidence.put(key.substring("evidence.".length()), value);
            }
        });
        return evidence;
    }
}
