package de.thueringen.antrag.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts the research data ({@code ozg-leistungen.csv}: 559 OZG services, {@code ozg-leika-leistungen.csv}: their
 * LeiKa entries with legal bases) into the generator's compact input {@code src/test/resources/catalog/ozg-katalog.csv}
 * (see {@link CatalogFile}). One row per OZG service, nothing added: the legal bases are condensed by
 * {@link LegalBasisCondenser}, the LeiKa Verrichtungen are counted for {@link ArchetypeRules}.
 * <p>
 * Run once when the research data changes (the result is committed):
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=de.thueringen.antrag.tools.CatalogImport -Dexec.args="../shared/data"
 * </pre>
 * The argument is the folder with the two source files (default {@code ../shared/data}); the output goes to
 * {@code src/test/resources/catalog/ozg-katalog.csv} below the working directory.
 */
public final class CatalogImport {

    static final Path OUTPUT = Path.of("src/test/resources/catalog/ozg-katalog.csv");

    private CatalogImport() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<CatalogEntry> entries = convert(source);
        String origin = sourceCommit(source);
        CatalogFile.write(OUTPUT, List.of(
                "OZG-Leistungen für den Generator (de.thueringen.antrag.tools.ServiceGenerator), eine Zeile je Leistung.",
                "Quelle: OZG-Datenbank NRW der KDN – Kommunaler DV-Verbund NRW (github.com/kdn-nrw/OZG-Datenbank-NRW),",
                "Lizenz MIT, (c) 2020 Gert Hammes; Rohimport des OZG-Umsetzungskatalogs, Stand Oktober 2019" + origin + ".",
                "Aufbereitet in shared/data (ozg-leistungen.csv, ozg-leika-leistungen.csv), hieraus erzeugt mit",
                "de.thueringen.antrag.tools.CatalogImport. Rechtsgrundlagen verdichtet (LegalBasisCondenser), nichts ergänzt.",
                "leika_typen: 1 Bund, 2/3 Bundesrecht mit Vollzug durch Land/Kommune, 4 Landesrecht, 5 Kommune.",
                "leika_verrichtungen: in den LeiKa-Leistungen genannte Verrichtungen mit Anzahl (für ArchetypeRules)."),
                entries);
        System.out.println(entries.size() + " Leistungen nach " + OUTPUT + " geschrieben.");
    }

    static List<CatalogEntry> convert(Path sourceFolder) throws IOException {
        List<Map<String, String>> services = read(sourceFolder.resolve("ozg-leistungen.csv"));
        List<Map<String, String>> leika = read(sourceFolder.resolve("ozg-leika-leistungen.csv"));
        Map<String, List<Map<String, String>>> leikaByService = new LinkedHashMap<>();
        for (Map<String, String> row : leika) {
            leikaByService.computeIfAbsent(row.get("ozg_id"), id -> new ArrayList<>()).add(row);
        }
        List<CatalogEntry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, String> service : services) {
            String id = service.get("ozg_id").strip();
            if (!id.matches("\\d{5}") || !seen.add(id)) {
                throw new IllegalStateException("Unexpected or duplicate OZG-ID " + id);
            }
            List<Map<String, String>> rows = leikaByService.getOrDefault(id, List.of());
            List<String> legal = rows.stream().map(r -> r.get("rechtsgrundlage")).toList();
            entries.add(new CatalogEntry(id, clean(service.get("name")), clean(service.get("themenfeld")),
                    clean(service.get("lebenslage")), splitDistinct(service.get("leika_keys"), ";"),
                    splitDistinct(service.get("typ"), "\\|"), actions(rows), LegalBasisCondenser.condense(legal)));
        }
        return entries;
    }

    /** Known Verrichtungen (see {@link ArchetypeRules#LEIKA_ACTIONS}) named in the LeiKa entries, with counts. */
    static Map<String, Integer> actions(List<Map<String, String>> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String name = row.get("leika_name");
            if (name == null) {
                continue;
            }
            Set<String> inRow = new LinkedHashSet<>();
            List<String> tokens = Arrays.asList(name.strip().split("[\\s,()/-]+"));
            for (String token : tokens.subList(Math.min(1, tokens.size()), tokens.size())) {
                if (ArchetypeRules.LEIKA_ACTIONS.containsKey(token)) {
                    inRow.add(token);
                }
            }
            inRow.forEach(action -> counts.merge(action, 1, Integer::sum));
        }
        return counts;
    }

    private static String sourceCommit(Path folder) throws IOException {
        List<Map<String, String>> services = read(folder.resolve("ozg-leistungen.csv"));
        String source = services.isEmpty() ? "" : services.get(0).getOrDefault("source", "");
        int at = source.indexOf('@');
        int colon = source.indexOf(':', at);
        return at < 0 || colon < 0 ? "" : ", Commit " + source.substring(at + 1, Math.min(colon, at + 13));
    }

    private static List<Map<String, String>> read(Path file) throws IOException {
        List<List<String>> records = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), ',');
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < record.size() ? record.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> splitDistinct(String value, String separator) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(value.split(separator)).map(String::strip)
                .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("nicht im LeiKa")).toList()));
    }

    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("\\s+", " ").strip();
    }
}
