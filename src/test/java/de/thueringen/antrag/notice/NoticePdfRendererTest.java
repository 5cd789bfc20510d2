package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticePdfRendererTest {

    private final NoticePdfRenderer renderer = new NoticePdfRenderer(
            Clock.fixed(Instant.parse("2026-03-05T09:30:00Z"), ZoneId.of("Europe/Berlin")));

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void rendersEveryKindWithTheLetterContent(NoticeKind kind) throws IOException {
        byte[] pdf = renderer.render(NoticeSamples.notice(kind));

        assertThat(new String(pdf, 0, 8, StandardCharsets.US_ASCII)).matches("%PDF-1\\.[4-7]\\s*");
        String text = text(pdf);
        assertThat(text)
                .contains("Stadt Erfurt", "Bürgeramt", NoticeSamples.CASE_NUMBER, "05.03.2026",
                        "Aktenzeichen:", "Datum:", "Leistung:", "Bewohnerparkausweis",
                        NoticeSamples.subject(kind),
                        "Guten Tag Erika Mustermann,", "Anger 1", "99084 Erfurt",
                        "Rechtsgrundlage: § 45 Abs. 1b",
                        "Mit freundlichen Grüßen", "Im Auftrag",
                        "Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.",
                        "Seite 1 von ");
        if (kind.challengeable()) {
            assertThat(text).contains("Rechtsbehelfsbelehrung", "innerhalb eines Monats", "Widerspruch",
                    "Gebühren", "Beschreibung", "Betrag in EUR", "100,00 €", "Summe");
        } else {
            assertThat(text).contains("Eingangsbestätigung").doesNotContain("Rechtsbehelfsbelehrung", "Betrag in EUR", "€");
        }
    }

    @Test
    void approvalShowsThePermitBoxWithItsFields() throws IOException {
        String text = text(renderer.render(NoticeSamples.notice(NoticeKind.APPROVAL)));

        assertThat(text).contains("Kennzeichen EF-AB 123", "Parkzone A (Altstadt)", "Gültig bis 30.11.2027",
                "Ausgestellt von Stadt Erfurt, am 05.03.2026, Aktenzeichen BPA-2026-000123");
        // the fields appear in the order given
        assertThat(text.indexOf("Kennzeichen EF")).isLessThan(text.indexOf("Parkzone A ("));
        assertThat(text.indexOf("Parkzone A (")).isLessThan(text.indexOf("Gültig bis 30"));
    }

    @Test
    void permitFieldsAreIgnoredForOtherKinds() throws IOException {
        NoticeDocument base = NoticeSamples.notice(NoticeKind.REJECTION);
        NoticeDocument withPermit = new NoticeDocument(base.kind(), base.authority(), base.recipient(),
                base.caseNumber(), base.date(), base.serviceName(), base.subject(), base.bodyParagraphs(),
                base.fees(), base.legalBasis(), base.legalRemedy(), Map.of("Kennzeichen", "EF-XY 999"));

        assertThat(text(renderer.render(withPermit))).doesNotContain("EF-XY 999");
    }

    @Test
    void feeTableUsesGermanNumbersAndSumsUp() throws IOException {
        NoticeDocument base = NoticeSamples.notice(NoticeKind.APPROVAL);
        NoticeDocument doc = new NoticeDocument(base.kind(), base.authority(), base.recipient(),
                base.caseNumber(), base.date(), base.serviceName(), base.subject(), base.bodyParagraphs(),
                List.of(new FeeLine("Gebühr", new BigDecimal("1234.5")),
                        new FeeLine("Auslagen", new BigDecimal("0.75")),
                        new FeeLine("Noch nicht festgesetzt", null)),
                base.legalBasis(), base.legalRemedy(), base.permitFields());

        String text = text(renderer.render(doc));

        assertThat(text).contains("Gebühr 1.234,50 €", "Auslagen 0,75 €", "Noch nicht festgesetzt –",
                "Summe 1.235,25 €");
    }

    @Test
    void longBodyFlowsOntoASecondPage() throws IOException {
        NoticeDocument doc = NoticeSamples.notice(NoticeKind.REJECTION, NoticeSamples.RECIPIENT,
                NoticeSamples.paragraphs(22));

        byte[] pdf = renderer.render(doc);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String first = text(document, 1);
            String second = text(document, 2);
            assertThat(first).contains("Seite 1 von 2", "Absatz 1:").doesNotContain("Seite 2 von 2");
            assertThat(second).contains("Seite 2 von 2", "Absatz 22:", "Rechtsbehelfsbelehrung",
                    "Mit freundlichen Grüßen")
                    // running header on the follow-up page
                    .contains("Ablehnungsbescheid vom 05.03.2026 · Aktenzeichen BPA-2026-000123");
            // every paragraph is printed exactly once
            String all = first + second;
            for (int i = 1; i <= 22; i++) {
                assertThat(all).containsOnlyOnce("Absatz " + i + ":");
            }
        }
    }

    @Test
    void veryLongBodyProducesManyNumberedPages() throws IOException {
        NoticeDocument doc = NoticeSamples.notice(NoticeKind.APPROVAL, NoticeSamples.RECIPIENT,
                NoticeSamples.paragraphs(120));

        try (PDDocument document = Loader.loadPDF(renderer.render(doc))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            for (int page = 1; page <= pages; page++) {
                assertThat(text(document, page)).contains("Seite " + page + " von " + pages);
            }
        }
    }

    @Test
    void hostileUnicodeIsRenderedWithoutExceptionAndLatinLettersSurvive() throws IOException {
        String name = "Łukasz Nguyễn 😀 محمد\u0000\u0007\u202E\uD800 Şahin";
        NoticeRecipient recipient = new NoticeRecipient(name, "ul. Długa 5\tm. 3", "00-238 Warszawa 👨‍👩‍👧");
        NoticeDocument base = NoticeSamples.notice(NoticeKind.APPROVAL, recipient, List.of(
                "Betreff von " + name + "\r\nzweite Zeile \u001B[31m mit ANSI",
                "Zalgo: Z\u0351\u0352\u0353a\u0354l\u0355g\u0356o und 🇩🇪 sowie \uFFFF und \uE000"));
        Map<String, String> permit = new LinkedHashMap<>();
        permit.put("Name 😀", name);
        permit.put("Kennzeichen", "EF-ŁŞ 1");
        NoticeDocument doc = new NoticeDocument(base.kind(), base.authority(), recipient, "Az-😀-1",
                base.date(), "Leistung \u0000 😀", "Betreff mit 😀", base.bodyParagraphs(),
                List.of(new FeeLine("Gebühr 😀\u0007", new BigDecimal("100"))), base.legalBasis(),
                base.legalRemedy(), permit);

        byte[][] result = new byte[1][];
        assertThatCode(() -> result[0] = renderer.render(doc)).doesNotThrowAnyException();

        String text = text(result[0]);
        assertThat(text).contains("Guten Tag Łukasz Nguyễn ? ????? Şahin,", "ul. Długa 5 m. 3",
                "00-238 Warszawa ?", "EF-ŁŞ 1", "Az-?-1", "100,00 €");
        assertThat(text).doesNotContain("😀", "\u0000", "\u0007", "\u001B", "\u202E", "محمد");
    }

    @Test
    void hebrewIsDrawnInVisualOrderAndExtractsInReadingOrder() throws IOException {
        NoticeRecipient recipient = new NoticeRecipient("דוד לוי", "Weg 1", "99084 Erfurt");

        String text = text(renderer.render(
                NoticeSamples.notice(NoticeKind.RECEIPT, recipient, List.of("Text"))));

        // PDFTextStripper undoes the visual order; a backwards drawn name would come out reversed
        assertThat(text).contains("דוד לוי").doesNotContain("יול דוד");
    }

    @Test
    void decomposedLettersAreComposedAndExtractedAsOneCharacter() throws IOException {
        NoticeRecipient recipient = new NoticeRecipient("Nguye\u0302\u0303n Thi\u0323", "Weg 1", "99084 Erfurt");

        String text = text(renderer.render(
                NoticeSamples.notice(NoticeKind.RECEIPT, recipient, List.of("Text"))));

        assertThat(text).contains("Guten Tag Nguyễn Thị,");
    }

    @Test
    void unbreakableWordsAreSplitInsteadOfRunningOffThePage() throws IOException {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen".repeat(6);

        String text = text(renderer.render(
                NoticeSamples.notice(NoticeKind.RECEIPT, NoticeSamples.RECIPIENT, List.of(word))));

        assertThat(text.replaceAll("\\s", "")).contains(word);
        assertThat(text.lines().mapToInt(String::length).max().orElse(0)).isLessThan(word.length());
    }

    @Test
    void missingOptionalValuesDoNotBreakRendering() throws IOException {
        NoticeDocument doc = new NoticeDocument(NoticeKind.DISCONTINUATION,
                new NoticeAuthority("Landratsamt Gotha", null, "Gotha", null),
                new NoticeRecipient(null, null, null), null, null, null, null,
                null, null, null, null, null);

        String text = text(renderer.render(doc));

        assertThat(text).contains("Landratsamt Gotha", "Guten Tag,",
                "Einstellung des Verfahrens zu Ihrem Antrag: Ihren Antrag", "Seite 1 von 1")
                .doesNotContain("Rechtsgrundlage", "Rechtsbehelfsbelehrung", "null");
    }

    @Test
    void documentIsPdfA2bWithMetadataOutputIntentAndEmbeddedFont() throws Exception {
        byte[] pdf = renderer.render(NoticeSamples.notice(NoticeKind.APPROVAL));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();

            List<PDOutputIntent> intents = catalog.getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
            assertThat(intents.get(0).getDestOutputIntent()).isNotNull();
            try (var icc = intents.get(0).getDestOutputIntent().createInputStream()) {
                assertThat(icc.readAllBytes().length).isGreaterThan(1000);
            }

            assertThat(catalog.getMetadata()).isNotNull();
            XMPMetadata xmp;
            try (var in = catalog.getMetadata().createInputStream()) {
                xmp = new DomXmpParser().parse(in);
            }
            PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
            assertThat(pdfa).isNotNull();
            assertThat(pdfa.getPart()).isEqualTo(2);
            assertThat(pdfa.getConformance()).isEqualTo("B");
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertThat(dc.getTitle()).isEqualTo("Bescheid – Aktenzeichen BPA-2026-000123");
            assertThat(dc.getCreators()).containsExactly("Stadt Erfurt");

            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(dc.getTitle());
            assertThat(info.getAuthor()).isEqualTo("Stadt Erfurt");
            assertThat(info.getSubject()).isEqualTo(dc.getDescription());
            assertThat(info.getCreator()).isEqualTo(xmp.getXMPBasicSchema().getCreatorTool());
            assertThat(info.getProducer()).isEqualTo(xmp.getAdobePDFSchema().getProducer());
            assertThat(info.getCreationDate().toInstant())
                    .isEqualTo(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                    .isEqualTo(Instant.parse("2026-03-05T09:30:00Z"));
            assertThat(info.getModificationDate().toInstant())
                    .isEqualTo(xmp.getXMPBasicSchema().getModifyDate().toInstant());
            assertThat(catalog.getLanguage()).isEqualTo("de-DE");
            assertThat(document.getDocument().getDocumentID()).isNotNull();

            for (var page : document.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                }
            }
        }
    }

    @Test
    void rendererIsSafeToUseFromSeveralThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String name = "Person " + i + " Łódź";
                String street = "Weg " + i;
                Callable<String> task = () -> text(renderer.render(NoticeSamples.notice(NoticeKind.APPROVAL,
                        new NoticeRecipient(name, street, "99084 Erfurt"), NoticeSamples.paragraphs(3))));
                results.add(pool.submit(task));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).contains("Guten Tag Person " + i + " Łódź,");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
