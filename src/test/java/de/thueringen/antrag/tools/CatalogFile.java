package de.thueringen.antrag.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the generator's own catalogue file {@code src/test/resources/catalog/ozg-katalog.csv}
 * (comma separated, RFC 4180 quoting, UTF-8, {@code #} comment lines at the top). Columns: ozg_id, name,
 * themenfeld, lage, leika_keys ({@code ;}-separated), leika_typen ({@code |}-separated), leika_verrichtungen
 * ({@code Verrichtung:Anzahl}, {@code |}-separated), rechtsgrundlage.
 */
final class CatalogFile {

    static final List<String> HEADER = List.of("ozg_id", "name", "themenfeld", "lage", "leika_keys", "leika_typen",
            "leika_verrichtungen", "rechtsgrundlage");

    private CatalogFile() {
    }

    static List<CatalogEntry> read(Path file) throws IOException {
        List<List<String>> records = Csv.parse(Files.readString(file, StandardCharsets.UTF_8), ',');
        if (records.isEmpty() || !records.get(0).equals(HEADER)) {
            throw new IllegalStateException(file + ": expected header " + HEADER);
        }
        List<CatalogEntry> entries = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != HEADER.size()) {
                throw new IllegalStateException(file + ": record with " + r.size() + " fields: " + r);
            }
            Map<String, Integer> actions = new LinkedHashMap<>();
            for (String pair : split(r.get(6), "\\|")) {
                int colon = pair.lastIndexOf(':');
                actions.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
            }
            entries.add(new CatalogEntry(r.get(0), r.get(1), r.get(2), r.get(3), split(r.get(4), ";"),
                    split(r.get(5), "\\|"), actions, r.get(7)));
        }
        return entries;
    }

    static void write(Path file, List<String> headerComments, List<CatalogEntry> entries) throws IOException {
        StringBuilder out = new StringBuilder();
        headerComments.forEach(line -> out.append("# ").append(line).append('\n'));
        out.append(Csv.format(HEADER, ',')).append('\n');
        for (CatalogEntry e : entries) {
            List<String> actions = new ArrayList<>();
            e.leikaActions().forEach((action, count) -> actions.add(action + ":" + count));
            out.append(Csv.format(List.of(e.ozgId(), e.name(), e.topic(), e.situation(), String.join(";", e.leikaKeys()),
                    String.join("|", e.leikaTypes()), String.join("|", actions), e.legalBasis()), ',')).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static List<String> split(String value, String separator) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
