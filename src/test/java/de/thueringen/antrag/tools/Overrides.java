package de.thueringen.antrag.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-service additions to the catalogue, from {@code src/test/resources/catalog/overrides.csv} (optional;
 * {@code ;}-separated, UTF-8, {@code #} comment lines). The header names the columns:
 * <ul>
 * <li>{@code ozg_id} (required) — the service;</li>
 * <li>{@code evidence} — the documents the citizen uploads, replacing the generic
 * {@code evidence.antragsunterlagen=optional|Weitere Unterlagen zum Antrag}: entries {@code key=required|Label} or
 * {@code key=optional|Label}, separated by {@code ,} (labels therefore without commas); each becomes the process
 * property {@code evidence.<key>};</li>
 * <li>any other column is a process property that replaces the generated value, e.g. {@code processing.days},
 * {@code permit.fields} ({@code formKey:Label,…}), {@code service.name}, {@code archetype},
 * {@code deemed.approval} ({@code P3M}: Genehmigungsfiktion, only GENEHMIGUNG),
 * {@code deemed.approval.when} ({@code formField=value|value}), {@code four.eyes} ({@code true}: second opinion on
 * every decision); in column names {@code _} stands for {@code .} ({@code processing_days}). {@link ServicePlan}
 * checks the values.</li>
 * </ul>
 * An empty cell changes nothing.
 */
final class Overrides {

    static final Path FILE = Path.of("src/test/resources/catalog/overrides.csv");
    private static final Set<String> PROTECTED = Set.of("ozg.id", "ozg.name", "ozg.themenfeld", "ozg.lage", "leika.keys",
            "generator.checksum");
    /** Properties that only the reviewed {@link JurisdictionTable} sets. */
    private static final Set<String> FROM_JURISDICTION_TABLE = Set.of("jurisdiction.level", "jurisdiction.place",
            "jurisdiction.source", "competent.body", "competent.url");

    private final Map<String, Map<String, String>> byService;

    private Overrides(Map<String, Map<String, String>> byService) {
        this.byService = byService;
    }

    static Overrides none() {
        return new Overrides(Map.of());
    }

    static Overrides read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        List<List<String>> records = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), ';');
        if (records.isEmpty()) {
            return none();
        }
        // "processing_days" and "processing.days" both name the property processing.days
        List<String> header = records.get(0).stream().map(String::strip)
                .map(column -> column.equals("ozg_id") ? column : column.replace('_', '.')).toList();
        if (!header.contains("ozg_id")) {
            throw new IllegalStateException(file + ": the header needs a column ozg_id, found " + header);
        }
        for (String column : header) {
            if (FROM_JURISDICTION_TABLE.contains(column)) {
                throw new IllegalStateException(file + ": " + column + " belongs in " + JurisdictionTable.FILE
                        + " (the reviewed assignment), not in the overrides");
            }
            if (PROTECTED.contains(column)) {
                throw new IllegalStateException(file + ": " + column + " comes from the OZG catalogue and cannot be overridden");
            }
        }
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    row.put(header.get(i), record.get(i).strip());
                }
            }
            String id = row.remove("ozg_id");
            if (id == null || !id.matches("\\d{5}")) {
                throw new IllegalStateException(file + ": invalid ozg_id in " + record);
            }
            if (result.put(id, row) != null) {
                throw new IllegalStateException(file + ": " + id + " appears twice");
            }
        }
        return new Overrides(result);
    }

    /** Properties to set for the service: {@code evidence.<key>} entries and other overridden properties. */
    Map<String, String> propertiesFor(String ozgId) {
        Map<String, String> row = byService.getOrDefault(ozgId, Map.of());
        Map<String, String> properties = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            if (column.equals("evidence")) {
                properties.putAll(parseEvidence(ozgId, value));
            } else {
                properties.put(column, value);
            }
        });
        return properties;
    }

    boolean has(String ozgId) {
        return byService.containsKey(ozgId);
    }

    Set<String> serviceIds() {
        return byService.keySet();
    }

    static Map<String, String> parseEvidence(String ozgId, String value) {
        Map<String, String> evidence = new LinkedHashMap<>();
        for (String entry : value.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            String key = equals < 0 ? "" : trimmed.substring(0, equals).strip();
            String spec = equals < 0 ? "" : trimmed.substring(equals + 1).strip();
            if (!key.matches("[a-z][a-zA-Z0-9_-]*") || !spec.matches("(required|optional)\\|.+")) {
                throw new IllegalStateException("overrides.csv, " + ozgId + ": evidence entry \"" + trimmed
                        + "\" is not key=required|Label or key=optional|Label");
            }
            evidence.put("evidence." + key, spec);
        }
        return evidence;
    }
}
