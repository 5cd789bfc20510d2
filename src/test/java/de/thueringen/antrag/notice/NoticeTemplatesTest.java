package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeTemplatesTest {

    /** The designers' folder in the source tree (tests run in the project directory). */
    private static final Path SHIPPED = Path.of(NoticeTemplates.FOLDER);

    @TempDir
    Path folder;

    @Test
    void shippedTemplatesAreReadFromTheSourceTreeAndFromTheClasspathAlike() {
        NoticeTemplates fromFolder = new NoticeTemplates(SHIPPED);
        NoticeTemplates fromClasspath = NoticeTemplates.fromClasspath();

        assertThat(fromFolder.origin()).endsWith("processes/notices");
        assertThat(fromClasspath.origin()).isEqualTo("classpath:processes/notices");
        assertThat(fromFolder.keys()).contains("APPROVAL", "RECEIPT", "DOCUMENT_REQUEST", "FEE_NOTICE", "REJECTION",
                "DISCONTINUATION", "DEEMED_APPROVAL", "10173/APPROVAL");
        assertThat(fromClasspath.keys()).isEqualTo(fromFolder.keys());
    }

    @Test
    void springConstructorFallsBackToTheClasspathWhenTheFolderIsMissing() {
        NoticeTemplates templates = new NoticeTemplates("", folder.resolve("nowhere").toString());

        assertThat(templates.origin()).isEqualTo("classpath:processes/notices");
        assertThat(new NoticeTemplates("", ".").origin()).endsWith("processes/notices");
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyShippedTemplateFillsWithoutLeftoverSyntax(NoticeKind kind) {
        NoticeTemplate template = NoticeTemplates.fromClasspath().template(kind, "99999");

        NoticeTemplate.Filled filled = template.fill(allValues());

        assertThat(filled.subject()).doesNotContain("{{", "}}").isNotBlank();
        assertThat(filled.paragraphs()).isNotEmpty()
                .allSatisfy(p -> assertThat(p).doesNotContain("{{", "}}", "[falls").isNotBlank());
    }

    @Test
    void serviceOverrideWinsAndOtherServicesGetTheDefault() {
        NoticeTemplates templates = new NoticeTemplates(SHIPPED);

        assertThat(templates.template(NoticeKind.APPROVAL, "10173").source())
                .isEqualTo("processes/notices/10173/APPROVAL.txt");
        assertThat(templates.template(NoticeKind.APPROVAL, "10559").source())
                .isEqualTo("processes/notices/APPROVAL.txt");
        assertThat(templates.template(NoticeKind.REJECTION, "10173").source())
                .isEqualTo("processes/notices/REJECTION.txt");
        assertThat(templates.template(NoticeKind.APPROVAL, null).source())
                .isEqualTo("processes/notices/APPROVAL.txt");
        assertThat(String.join("\n", templates.template(NoticeKind.APPROVAL, "10173").fill(allValues()).paragraphs()))
                .contains("hinter die Windschutzscheibe");
    }

    @Test
    void unknownPlaceholderFailsAtLoadNamingFileLineAndKnownNames() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("10173/REJECTION.txt"),
                "# Notiz\nBetreff: Ablehnung\n\nText {{leistung}}\nzweite Zeile mit {{begründung}}.\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new NoticeTemplates(folder))
                .isInstanceOf(NoticeTemplateException.class)
                .hasMessageContaining("processes/notices/10173/REJECTION.txt, line 5")
                .hasMessageContaining("unknown placeholder {{begründung}}")
                .hasMessageContaining("begruendung");
    }

    @Test
    void unknownPlaceholderInTheSubjectOrACondition() {
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "Betreff: {{ Leistungen }}\n\nText"))
                .isInstanceOf(NoticeTemplateException.class)
                .hasMessageContaining("T.txt, line 1").hasMessageContaining("{{Leistungen}}");
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "Betreff: x\n\nText\n\n[falls gebühr] Satz"))
                .isInstanceOf(NoticeTemplateException.class)
                .hasMessageContaining("T.txt, line 5").hasMessageContaining("\"gebühr\"");
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "Betreff: x\n\n[wenn gebuehr] Satz"))
                .isInstanceOf(NoticeTemplateException.class)
                .hasMessageContaining("[falls name]");
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "Betreff: x\n\n[falls gebuehr]"))
                .isInstanceOf(NoticeTemplateException.class)
                .hasMessageContaining("followed by no text");
    }

    @Test
    void malformedTemplatesAreRejectedWithTheirLine() {
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "Hallo\n\nText"))
                .hasMessageContaining("line 1").hasMessageContaining("Betreff:");
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "# nur Notizen\n"))
                .hasMessageContaining("no line \"Betreff: …\"");
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "Betreff:   \n\nText"))
                .hasMessageContaining("Betreff is empty");
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "Betreff: x\n"))
                .hasMessageContaining("no text");
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "Betreff: x\n\nText {{leistung\nweiter"))
                .hasMessageContaining("line 3").hasMessageContaining("not closed");
        assertThatThrownBy(() -> NoticeTemplate.parse("T.txt", "Betreff: x\n\nerste\nzweite }} dritte"))
                .hasMessageContaining("line 4").hasMessageContaining("without a preceding");
    }

    @Test
    void misnamedFilesAndFoldersAndMissingKindsFailAtLoad() throws IOException {
        copyShipped();
        Files.writeString(folder.resolve("APROVAL.txt"), "Betreff: x\n\ny", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new NoticeTemplates(folder))
                .isInstanceOf(NoticeTemplateException.class)
                .hasMessageContaining("\"APROVAL\" is no notice kind");

        Files.delete(folder.resolve("APROVAL.txt"));
        Files.createDirectories(folder.resolve("bewohnerparken"));
        Files.writeString(folder.resolve("bewohnerparken/APPROVAL.txt"), "Betreff: x\n\ny", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new NoticeTemplates(folder))
                .hasMessageContaining("OZG-ID of five digits");

        Files.delete(folder.resolve("bewohnerparken/APPROVAL.txt"));
        Files.delete(folder.resolve("RECEIPT.txt"));
        assertThatThrownBy(() -> new NoticeTemplates(folder))
                .hasMessageContaining("Missing notice template processes/notices/RECEIPT.txt");
    }

    @Test
    void filesThatAreNotUtf8AreRejected() throws IOException {
        copyShipped();
        Files.write(folder.resolve("RECEIPT.txt"), "Betreff: Eingangsbest\u00e4tigung\n\nText".getBytes(
                StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new NoticeTemplates(folder))
                .hasMessageContaining("RECEIPT.txt").hasMessageContaining("UTF-8");
    }

    @Test
    void aDesignersChangeInTheFolderIsRead() throws IOException {
        copyShipped();
        Files.createDirectories(folder.resolve("10559"));
        Files.writeString(folder.resolve("10559/RECEIPT.txt"),
                "Betreff: Ihre Meldebescheinigung\n\nDanke, {{antragsteller}}!", StandardCharsets.UTF_8);

        NoticeTemplate template = new NoticeTemplates(folder).template(NoticeKind.RECEIPT, "10559");

        assertThat(template.fill(allValues()).paragraphs()).containsExactly("Danke, Erika Mustermann!");
    }

    @Test
    void conditionalParagraphsFollowTheValues() {
        NoticeTemplate template = NoticeTemplate.parse("T.txt", """
                # Notiz
                Betreff: Über {{leistung}}

                immer
                mit Zeilenumbruch

                [falls begruendung] Grund: {{begruendung}}

                [falls nicht begruendung] kein Grund angegeben
                # auch hier eine Notiz

                [ FALLS   NICHT   gebuehr ]gebührenfrei
                """);
        Map<NoticePlaceholder, String> values = new EnumMap<>(NoticePlaceholder.class);
        values.put(NoticePlaceholder.LEISTUNG, "Wohngeld");

        assertThat(template.fill(values).subject()).isEqualTo("Über Wohngeld");
        assertThat(template.fill(values).paragraphs())
                .containsExactly("immer\nmit Zeilenumbruch", "kein Grund angegeben", "gebührenfrei");

        values.put(NoticePlaceholder.BEGRUENDUNG, "  Einkommen zu hoch  ");
        values.put(NoticePlaceholder.GEBUEHR, "   ");
        assertThat(template.fill(values).paragraphs())
                .containsExactly("immer\nmit Zeilenumbruch", "Grund: Einkommen zu hoch", "gebührenfrei");
        assertThat(template.placeholders()).containsExactly(NoticePlaceholder.LEISTUNG,
                NoticePlaceholder.BEGRUENDUNG, NoticePlaceholder.GEBUEHR);
    }

    @Test
    void valuesAreInsertedAsPlainTextAndNeverReadAsTemplateSyntax() {
        NoticeTemplate template = NoticeTemplate.parse("T.txt",
                "Betreff: Antrag von {{antragsteller}}\n\nGuten Tag {{antragsteller}}, Az. {{aktenzeichen}}");
        Map<NoticePlaceholder, String> values = new EnumMap<>(NoticePlaceholder.class);
        values.put(NoticePlaceholder.ANTRAGSTELLER, "{{aktenzeichen}} [falls gebuehr] }}{{ $1 \\\\ ${x}\nZeile2");
        values.put(NoticePlaceholder.AKTENZEICHEN, "ERF-2026-1");

        NoticeTemplate.Filled filled = template.fill(values);

        assertThat(filled.paragraphs()).containsExactly(
                "Guten Tag {{aktenzeichen}} [falls gebuehr] }}{{ $1 \\\\ ${x}\nZeile2, Az. ERF-2026-1");
        // the subject is one line
        assertThat(filled.subject()).isEqualTo("Antrag von {{aktenzeichen}} [falls gebuehr] }}{{ $1 \\\\ ${x} Zeile2");
    }

    @Test
    void aPrintedPlaceholderWithoutValueFailsNamingIt() {
        NoticeTemplate template = NoticeTemplates.fromClasspath().template(NoticeKind.DOCUMENT_REQUEST, null);
        Map<NoticePlaceholder, String> values = allValues();
        values.remove(NoticePlaceholder.FRIST);

        assertThatThrownBy(() -> template.fill(values))
                .isInstanceOf(NoticeTemplateException.class)
                .hasMessageContaining("processes/notices/DOCUMENT_REQUEST.txt")
                .hasMessageContaining("{{frist}}")
                .hasMessageContaining("[falls frist]");
    }

    static Map<NoticePlaceholder, String> allValues() {
        Map<NoticePlaceholder, String> values = new EnumMap<>(NoticePlaceholder.class);
        values.put(NoticePlaceholder.LEISTUNG, "Bewohnerparkausweis");
        values.put(NoticePlaceholder.AKTENZEICHEN, "ERF-2026-000001");
        values.put(NoticePlaceholder.ANTRAGSTELLER, "Erika Mustermann");
        values.put(NoticePlaceholder.BEHOERDE, "Stadt Erfurt");
        values.put(NoticePlaceholder.SITZ, "Erfurt");
        values.put(NoticePlaceholder.EINGANGSDATUM, "02.03.2026");
        values.put(NoticePlaceholder.DATUM, "05.03.2026");
        values.put(NoticePlaceholder.RECHTSGRUNDLAGE, "§ 45 Abs. 1b StVO");
        values.put(NoticePlaceholder.BEGRUENDUNG, "Keine Hauptwohnung im Parkgebiet.");
        values.put(NoticePlaceholder.GEBUEHR, "100,00 €");
        values.put(NoticePlaceholder.GEBUEHR_RECHTSGRUNDLAGE, "Gebührensatzung der Stadt Erfurt");
        values.put(NoticePlaceholder.KASSENZEICHEN, "TH-ABCDEFGH2345");
        values.put(NoticePlaceholder.ZAHLUNGSFRIST, "19.03.2026");
        values.put(NoticePlaceholder.ZAHLUNGSLINK, "https://antrag.example.de/bezahlen/TH-ABCDEFGH2345");
        values.put(NoticePlaceholder.FEHLENDE_UNTERLAGEN, "Fahrzeugschein\nMeldebescheinigung");
        values.put(NoticePlaceholder.FRIST, "20.03.2026");
        values.put(NoticePlaceholder.GUELTIG_BIS, "28.02.2027");
        values.put(NoticePlaceholder.FIKTIONSDATUM, "01.06.2026");
        return values;
    }

    private void copyShipped() throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = folder.resolve(SHIPPED.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
