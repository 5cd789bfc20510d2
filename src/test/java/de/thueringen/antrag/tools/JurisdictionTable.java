package de.thueringen.antrag.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/**
 * The reviewed assignment of every OZG service to the level that executes it, {@code
 * src/test/resources/catalog/zustaendigkeit.csv} (comma separated, UTF-8, {@code #} comment lines). Columns:
 * {@code ozg_id}, {@code name} (for the reader only), {@code level} ({@link JurisdictionLevel}), {@code competent_body}
 * and {@code competent_url} (only for EXTERN: who executes the service and its online service), {@code place} (the
 * place that decides competence, {@link #PLACES}) and {@code source} (norm, LeiKa type or "unsicher: …").
 * <p>
 * The generator takes the process properties {@code jurisdiction.level}, {@code jurisdiction.place},
 * {@code jurisdiction.source}, {@code competent.body} and {@code competent.url} from here;
 * {@link JurisdictionDraft} wrote the first version from documented rules, since then the file is edited by hand.
 */
final class JurisdictionTable {

    static final Path FILE = Path.of("src/test/resources/catalog/zustaendigkeit.csv");
    static final List<String> HEADER = List.of("ozg_id", "name", "level", "competent_body", "competent_url", "place",
            "source");
    /** Places that decide competence; ORT_DES_VORHABENS covers waters, plants and other works not tied to one plot. */
    static final List<String> PLACES = List.of("WOHNSITZ", "GRUNDSTUECK", "BETRIEBSSTAETTE", "VERANSTALTUNGSORT",
            "HALTUNGSORT", "SITZ", "ORT_DES_VORHABENS");

    record Row(String ozgId, String name, JurisdictionLevel level, String competentBody, String competentUrl,
               String place, String source) {

        Row {
            if (!ozgId.matches("\\d{5}")) {
                throw new IllegalStateException("zustaendigkeit.csv: invalid ozg_id " + ozgId);
            }
            if (!PLACES.contains(place)) {
                throw new IllegalStateException("zustaendigkeit.csv, " + ozgId + ": unknown place " + place);
            }
            if (source == null || source.isBlank()) {
                throw new IllegalStateException("zustaendigkeit.csv, " + ozgId + ": the source must say why");
            }
            boolean external = level == JurisdictionLevel.EXTERN;
            if (external != !competentBody.isBlank() || external != competentUrl.startsWith("https://")) {
                throw new IllegalStateException("zustaendigkeit.csv, " + ozgId
                        + ": EXTERN needs competent_body and an https competent_url, other levels neither");
            }
        }

        /** The process properties this row sets (competent.* only for EXTERN). */
        Map<String, String> properties() {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("jurisdiction.level", level.name());
            properties.put("jurisdiction.place", place);
            properties.put("jurisdiction.source", source);
            if (level == JurisdictionLevel.EXTERN) {
                properties.put("competent.body", competentBody);
                properties.put("competent.url", competentUrl);
            }
            return properties;
        }
    }

    private final Map<String, Row> byId;

    JurisdictionTable(List<Row> rows) {
        Map<String, Row> map = new LinkedHashMap<>();
        for (Row row : rows) {
            if (map.put(row.ozgId(), row) != null) {
                throw new IllegalStateException("zustaendigkeit.csv: " + row.ozgId() + " appears twice");
            }
        }
        this.byId = map;
    }

    static JurisdictionTable read(Path file) throws IOException {
        List<List<String>> records = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), ',');
        if (records.isEmpty() || !records.get(0).equals(HEADER)) {
            throw new IllegalStateException(file + ": expected header " + HEADER);
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != HEADER.size()) {
                throw new IllegalStateException(file + ": record with " + r.size() + " fields: " + r);
            }
            rows.add(new Row(r.get(0), r.get(1), JurisdictionLevel.valueOf(r.get(2)), r.get(3), r.get(4), r.get(5),
                    r.get(6)));
        }
        return new JurisdictionTable(rows);
    }

    static void write(Path file, List<String> headerComments, List<Row> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        headerComments.forEach(line -> out.append("# ").append(line).append('\n'));
        out.append(Csv.format(HEADER, ',')).append('\n');
        for (Row r : rows) {
            out.append(Csv.format(List.of(r.ozgId(), r.name(), r.level().name(), r.competentBody(), r.competentUrl(),
                    r.place(), r.source()), ',')).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    Optional<Row> find(String ozgId) {
        return Optional.ofNullable(byId.get(ozgId));
    }

    /** The row of a service; a service without one stops the generator (no default level any more). */
    Row require(String ozgId) {
        return find(ozgId).orElseThrow(() -> new IllegalStateException(
                "OZG " + ozgId + " has no row in " + FILE + ": add one before generating"));
    }

    List<Row> rows() {
        return List.copyOf(byId.values());
    }
}
