package de.thueringen.antrag.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed service files are what the generator makes of the committed catalogue: one process and one start
 * form for each of the 559 services, generated ones unchanged since generation (else: run the generator and commit),
 * and their diagrams free of overlapping shapes. Runs the generator without writing (about 15 s).
 */
class GeneratedServicesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static List<CatalogEntry> catalog;
    private static JurisdictionTable TABLE;
    private static ServiceGenerator.Result dryRun;

    @BeforeAll
    static void generateInMemory() throws IOException {
        catalog = CatalogFile.read(ROOT.resolve(ServiceGenerator.CATALOG));
        TABLE = JurisdictionTable.read(ROOT.resolve(JurisdictionTable.FILE));
        dryRun = new ServiceGenerator(ROOT, true).run(catalog, Overrides.read(ROOT.resolve(Overrides.FILE)), TABLE);
    }

    @Test
    void theCatalogueHasAllFiveHundredFiftyNineServicesOnce() {
        assertThat(catalog).hasSize(559);
        assertThat(catalog.stream().map(CatalogEntry::ozgId).distinct()).hasSize(559);
        assertThat(catalog).allSatisfy(e -> assertThat(e.name()).isNotBlank());
    }

    @Test
    void everyServiceHasItsProcessAndStartFormAndNothingIsOutOfDate() {
        assertThat(dryRun.processes()).hasSize(559);
        assertThat(dryRun.processes().values()).as("run the ServiceGenerator and commit its output: " + dryRun.messages())
                .doesNotContain(ServiceGenerator.Outcome.NEW, ServiceGenerator.Outcome.UPDATED);
        assertThat(dryRun.forms().values()).as("run the ServiceGenerator and commit its output: " + dryRun.messages())
                .doesNotContain(ServiceGenerator.Outcome.NEW, ServiceGenerator.Outcome.UPDATED);
        assertThat(dryRun.messages()).noneMatch(m -> m.startsWith("WARNUNG") || m.startsWith("entfernt"));
    }

    @Test
    void generatedDiagramsHaveNoOverlappingShapes() {
        // the generator checks every diagram it makes and warns; the committed files equal what it makes
        assertThat(dryRun.messages()).noneMatch(m -> m.contains("überlappen"));
    }
}
