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
            assertThat(text).contains(kind.germanTitle())
                    .doesNotContain("Rechtsbehelfsbelehrung", "Betrag in EUR", "€");
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

    @Test
    void layoutFollowsDin5008FormB() throws IOException {
        List<Line> lines = lines(renderer.render(NoticeSamples.notice(NoticeKind.APPROVAL)), 1);

        Line recipient = line(lines, "Erika Mustermann");
        // Anschriftzone: from 62.7 mm, 20 mm from the left edge
        assertThat(recipient.x()).isCloseTo(mmToPt(20), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(recipient.top()).isBetween(mmToPt(62.7) - 0.5f, mmToPt(62.7) + 2f);
        Line city = line(lines, "99084 Erfurt");
        assertThat(city.baseline()).isLessThan(mmToPt(90));
        assertThat(city.x()).isCloseTo(mmToPt(20), org.assertj.core.data.Offset.offset(0.5f));
        // return address in the Zusatz- und Vermerkzone (45 to 62.7 mm), above the recipient
        Line sender = line(lines, "Stadt Erfurt · Bürgeramt · 99084 Erfurt");
        assertThat(sender.baseline()).isBetween(mmToPt(45), mmToPt(62.7));
        assertThat(sender.x()).isCloseTo(mmToPt(20), org.assertj.core.data.Offset.offset(0.5f));
        // information block 125 mm from the left, from 50 mm
        Line authority = line(lines, "Behörde:");
        assertThat(authority.x()).isCloseTo(mmToPt(125), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(authority.top()).isBetween(mmToPt(50) - 0.5f, mmToPt(50) + 2f);
        assertThat(line(lines, "Ansprechpartner:").x()).isCloseTo(mmToPt(125), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(line(lines, "Bürgerservice").x()).isCloseTo(mmToPt(150), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(line(lines, "Kontakt:").top()).isGreaterThan(line(lines, "Ansprechpartner:").top());
        // subject not before 98.46 mm, at the text margin of 25 mm, in bold
        Line subject = line(lines, NoticeSamples.subject(NoticeKind.APPROVAL));
        assertThat(subject.top()).isGreaterThanOrEqualTo(mmToPt(98.46) - 0.5f);
        assertThat(subject.x()).isCloseTo(mmToPt(25), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(subject.font()).contains("LiberationSans-Bold");
        assertThat(line(lines, "Guten Tag Erika Mustermann,").font()).doesNotContain("Bold");
        // letterhead: authority name in bold above the address field
        Line name = lines.stream().filter(l -> l.text().equals("Stadt Erfurt")).findFirst().orElseThrow();
        assertThat(name.font()).contains("Bold");
        assertThat(name.baseline()).isLessThan(mmToPt(45));
        assertThat(line(lines, "Rechtsbehelfsbelehrung").font()).contains("Bold");
    }

    @Test
    void recipientNeverLeavesTheSixLinesOfTheWindow() throws IOException {
        NoticeRecipient recipient = new NoticeRecipient("Prof. Dr. " + "Maximiliane-Wilhelmine ".repeat(12) + "Ende",
                "Langer Weg 1\nHinterhaus\n3. Etage links", "99084 Erfurt");

        List<Line> lines = lines(renderer.render(NoticeSamples.notice(NoticeKind.RECEIPT, recipient,
                List.of("Text"))), 1);

        List<Line> window = lines.stream()
                .filter(l -> Math.abs(l.x() - mmToPt(20)) < 0.5f && l.baseline() > mmToPt(62.7))
                .filter(l -> l.baseline() < mmToPt(95))
                .toList();
        assertThat(window).hasSize(6);
        assertThat(window).allSatisfy(l -> assertThat(l.baseline()).isLessThan(mmToPt(90)));
        assertThat(window.get(5).text()).endsWith("…");
    }

    @Test
    void feeNoticeShowsPaymentInstructionsWithAClickableLink() throws IOException {
        byte[] pdf = renderer.render(NoticeSamples.notice(NoticeKind.FEE_NOTICE));

        assertThat(text(pdf)).contains("Zahlungshinweise", "Betrag 100,00 €",
                "Kassenzeichen " + NoticeSamples.PAYMENT_REFERENCE, "Kassenzeichen: " + NoticeSamples.PAYMENT_REFERENCE,
                "Zahlbar bis 19.03.2026", "Online bezahlen " + NoticeSamples.PAY_URL);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var annotations = document.getPage(0).getAnnotations();
            assertThat(annotations).hasSize(1);
            var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotations.get(0);
            assertThat(((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI) link.getAction()).getURI())
                    .isEqualTo(NoticeSamples.PAY_URL);
            assertThat(link.isPrinted()).isTrue();
            assertThat(link.getRectangle().getWidth()).isGreaterThan(100);
        }
    }

    @Test
    void onlyPlainHttpAddressesBecomeLinks() throws IOException {
        NoticeDocument base = NoticeSamples.notice(NoticeKind.FEE_NOTICE);
        for (String url : List.of("javascript:alert(1)", "https://bezahlen.example/ä", "https://x.example/a b")) {
            NoticeDocument doc = new NoticeDocument(base.kind(), base.authority(), base.recipient(), base.caseNumber(),
                    base.date(), base.serviceName(), base.subject(), base.bodyParagraphs(), base.fees(),
                    base.legalBasis(), base.legalRemedy(), base.permitFields(),
                    new PaymentDetails(new BigDecimal("5"), "K-1", base.date(), url));
            byte[] pdf = renderer.render(doc);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getPage(0).getAnnotations()).as(url).isEmpty();
            }
            assertThat(text(pdf).replaceAll("\\s", "")).contains(url.replace(" ", ""));
        }
    }

    @Test
    void boldAndRegularFacesAreBothEmbeddedSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(NoticeSamples.notice(NoticeKind.REJECTION)))) {
            List<String> names = new ArrayList<>();
            for (var fontName : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(fontName);
                assertThat(font.isEmbedded()).isTrue();
                names.add(font.getName());
            }
            assertThat(names).hasSize(2);
            assertThat(names).anyMatch(n -> n.matches("[A-Z]{6}\\+LiberationSans"))
                    .anyMatch(n -> n.matches("[A-Z]{6}\\+LiberationSans-Bold"));
        }
    }

    /** A line of text on a page: position in points from the top left, and its font. */
    record Line(String text, float x, float top, float baseline, String font) {
    }

    static float mmToPt(double mm) {
        return (float) (mm * 72 / 25.4);
    }

    static Line line(List<Line> lines, String start) {
        return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with \"" + start + "\" in " + lines));
    }

    /** Lines as PDFBox extracts them, split where the font changes. */
    static List<Line> lines(byte[] pdf, int page) throws IOException {
        List<Line> result = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    int start = 0;
                    for (int i = 1; i <= positions.size(); i++) {
                        boolean split = i == positions.size()
                                || !positions.get(i).getFont().getName().equals(positions.get(start).getFont().getName())
                                || positions.get(i).getFontSizeInPt() != positions.get(start).getFontSizeInPt()
                                || Math.abs(positions.get(i).getYDirAdj() - positions.get(start).getYDirAdj()) > 1;
                        if (split) {
                            var first = positions.get(start);
                            StringBuilder chunk = new StringBuilder();
                            for (int j = start; j < i; j++) {
                                chunk.append(positions.get(j).getUnicode());
                            }
                            result.add(new Line(chunk.toString().strip(), first.getXDirAdj(),
                                    first.getYDirAdj() - first.getFontSizeInPt() * 0.905f, first.getYDirAdj(),
                                    first.getFont().getName()));
                            start = i;
                        }
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
        }
        return result;
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
