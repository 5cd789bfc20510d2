package de.thueringen.antrag.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/**
 * The reviewed assignment table {@code zustaendigkeit.csv}: one row for each of the 559 services, the obvious errors
 * of the old keyword rules corrected, and the committed processes (generated or a designer's) declaring exactly what
 * the table says.
 */
class JurisdictionTableTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static List<CatalogEntry> catalog;
    private static JurisdictionTable table;

    @BeforeAll
    static void read() throws IOException {
        catalog = CatalogFile.read(ROOT.resolve(ServiceGenerator.CATALOG));
        table = JurisdictionTable.read(ROOT.resolve(JurisdictionTable.FILE));
    }

    @Test
    void everyServiceHasExactlyOneRowUnderItsCatalogueName() {
        assertThat(table.rows()).hasSize(559);
        assertThat(table.rows()).extracting(JurisdictionTable.Row::ozgId)
                .containsExactlyElementsOf(catalog.stream().map(CatalogEntry::ozgId).toList());
        for (CatalogEntry entry : catalog) {
            assertThat(table.require(entry.ozgId()).name()).as(entry.ozgId()).isEqualTo(entry.name());
        }
    }

    @Test
    void noServiceIsAssignedByTheDefaultRule() {
        assertThat(table.rows()).noneMatch(r -> r.source().contains("keine Regel") || r.source().contains("Standard"));
    }

    @Test
    void federalMattersAreHandedOverToTheBodyThatDecidesThem() {
        assertThat(row("10081").level()).isEqualTo(JurisdictionLevel.EXTERN);
        assertThat(row("10081").competentBody()).contains("Bundeszentralamt für Steuern");
        assertThat(row("10005").competentBody()).contains("Familienkasse");
        assertThat(row("10020").competentBody()).contains("Familienkasse");
        assertThat(row("10073").competentBody()).contains("Bundesagentur für Arbeit");
        assertThat(row("10077").competentBody()).contains("Finanzamt");
        assertThat(row("10104").competentBody()).contains("Rentenversicherung");
        assertThat(row("10566").competentBody()).contains("Registergericht");
        assertThat(row("10289").competentBody()).contains("Handwerkskammer");
    }

    @Test
    void everyServiceOnlyTheFederationExecutesIsExternalUnlessTheTableNamesTheException() {
        Set<String> executedHere = catalog.stream()
                .filter(e -> !e.leikaTypes().isEmpty() && e.leikaTypes().stream().allMatch(t -> t.equals("1") || t.equals("6")))
                .map(e -> table.require(e.ozgId()))
                .filter(r -> r.level() != JurisdictionLevel.EXTERN)
                .map(JurisdictionTable.Row::ozgId)
                .collect(Collectors.toCollection(TreeSet::new));
        // Infektionsschutz-Meldungen (Gesundheitsamt), Veränderungssperre (§ 18 BauGB), Strahlenschutz (Land)
        assertThat(executedHere).containsExactly("10403", "10465", "10579");
    }

    @Test
    void theWordFahrzeugzulassungNoLongerSendsBoatsToTheDistrictAndBuildingFollowsThePlot() {
        assertThat(row("10166").level()).isEqualTo(JurisdictionLevel.EXTERN);
        assertThat(row("10166").source()).contains("kein Kfz-Recht");
        assertThat(row("10439").level()).isEqualTo(JurisdictionLevel.KREIS);
        assertThat(row("10519").place()).isEqualTo("GRUNDSTUECK");
        assertThat(row("10513").place()).isEqualTo("GRUNDSTUECK");
        assertThat(row("10112").place()).isEqualTo("GRUNDSTUECK");
        assertThat(row("10294").place()).isEqualTo("BETRIEBSSTAETTE");
        assertThat(row("10160").place()).isEqualTo("HALTUNGSORT");
        assertThat(row("10124").place()).isEqualTo("WOHNSITZ");
    }

    @Test
    void everyCommittedProcessDeclaresWhatTheTableSays() throws IOException {
        Map<String, List<Path>> processes = ServiceGenerator.index(ROOT.resolve("processes/services"), ".bpmn");
        assertThat(processes).hasSize(559);
        Map<String, Map<String, String>> differences = new LinkedHashMap<>();
        for (JurisdictionTable.Row row : table.rows()) {
            for (Path file : processes.get(row.ozgId())) {
                Map<String, String> declared = ServiceGenerator.properties(Files.readString(file, StandardCharsets.UTF_8));
                Map<String, String> wrong = new LinkedHashMap<>();
                for (String key : List.of("jurisdiction.level", "jurisdiction.place", "jurisdiction.source",
                        "competent.body", "competent.url")) {
                    String expected = row.properties().get(key);
                    if (!java.util.Objects.equals(expected, declared.get(key))) {
                        wrong.put(key, declared.get(key) + " ≠ " + expected);
                    }
                }
                if (!wrong.isEmpty()) {
                    differences.put(ROOT.relativize(file).toString(), wrong);
                }
            }
        }
        assertThat(differences).as("processes that differ from zustaendigkeit.csv (run the ServiceGenerator; "
                + "a designer's process is edited by hand)").isEmpty();
    }

    private static JurisdictionTable.Row row(String ozgId) {
        return table.require(ozgId);
    }
}
