package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every notice kind, and notices full of hostile text, pass veraPDF's PDF/A-2b validation. */
class PdfAComplianceTest {

    private final NoticePdfRenderer renderer = new NoticePdfRenderer(
            Clock.fixed(Instant.parse("2026-03-05T09:30:00Z"), ZoneId.of("Europe/Berlin")));

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void everyKindIsPdfA2b(NoticeKind kind) {
        PdfAValidation.assertCompliant(kind.name(), renderer.render(NoticeSamples.notice(kind)));
    }

    @Test
    void multiPageNoticeIsPdfA2b() {
        PdfAValidation.assertCompliant("long notice", renderer.render(
                NoticeSamples.notice(NoticeKind.FEE_NOTICE, NoticeSamples.RECIPIENT, NoticeSamples.paragraphs(40))));
    }

    @Test
    void veraPdfRejectsAnOrdinaryPdf() throws IOException {
        byte[] plain;
        try (PDDocument document = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 720);
                stream.showText("Bescheid");
                stream.endText();
            }
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            plain = out.toByteArray();
        }

        List<String> failures = PdfAValidation.failures(plain);

        // no embedded font, no XMP metadata, no output intent
        assertThat(failures).isNotEmpty();
        assertThat(String.join("\n", failures)).contains("6.2.11.4.1", "6.6.2.1");
    }

    @Test
    void metadataWithMarkupCharactersStaysValidAndMatchesTheInfoDictionary() throws Exception {
        NoticeDocument base = NoticeSamples.notice(NoticeKind.RECEIPT);
        NoticeDocument doc = new NoticeDocument(base.kind(), new NoticeAuthority("Amt <A&B> \"C\"", null, "Ort", null),
                base.recipient(), "AZ<1>&2", base.date(), base.serviceName(), "Betreff ]]> <![CDATA[ &amp;",
                base.bodyParagraphs(), base.fees(), base.legalBasis(), base.legalRemedy(), base.permitFields());

        byte[] pdf = renderer.render(doc);

        PdfAValidation.assertCompliant("markup in metadata", pdf);
        try (PDDocument parsed = Loader.loadPDF(pdf);
             var in = parsed.getDocumentCatalog().getMetadata().createInputStream()) {
            var xmp = new org.apache.xmpbox.xml.DomXmpParser().parse(in);
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Eingangsbestätigung – Aktenzeichen AZ<1>&2")
                    .isEqualTo(parsed.getDocumentInformation().getTitle());
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Amt <A&B> \"C\"");
            assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo("Betreff ]]> <![CDATA[ &amp;");
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Łukasz Żółć-Nguyễn Thị Minh Khai", // Polish, Vietnamese
            "Şükrü Çağlar Öztürk İğdır",         // Turkish
            "محمد بن عبد الله",                   // Arabic (not in the font: replaced)
            "דוד לוי (Haifa)",                  // Hebrew, right to left
            "😀👨‍👩‍👧🇩🇪👍🏽 Emoji",            // emoji, ZWJ sequences, flags, skin tones
            "Z\u0351\u0352\u0353a\u0354l\u0355g\u0356o e\u0301\u0302\u0303", // stacked combining marks
            "ctrl\u0000\u0007\u001B[31m\u007F\u0085\u200B\u202E\uFEFF\uFFFF\uE000", // controls, bidi, private use
            "lone \uD800 high and \uDC00 low surrogate",
            "{{aktenzeichen}} [falls gebuehr] %PDF-1.7 endobj ) ( \\ <</Type/Catalog>>"})
    void hostileTextIsPdfA2b(String hostile) throws IOException {
        NoticeRecipient recipient = new NoticeRecipient(hostile, hostile + " 1", "99084 " + hostile);
        NoticeDocument base = NoticeSamples.notice(NoticeKind.REJECTION, recipient,
                List.of("Begründung: " + hostile, hostile.repeat(8)));
        Map<String, String> permit = new LinkedHashMap<>();
        permit.put(hostile, hostile);
        NoticeDocument doc = new NoticeDocument(NoticeKind.APPROVAL, base.authority(), recipient, hostile,
                base.date(), hostile, hostile, base.bodyParagraphs(),
                List.of(new FeeLine(hostile, new BigDecimal("12.30"))), hostile, base.legalRemedy(), permit,
                new PaymentDetails(new BigDecimal("12.30"), hostile, base.date(), "https://x.example/" + hostile));

        byte[] pdf = renderer.render(doc);

        PdfAValidation.assertCompliant(hostile, pdf);
        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            assertThat(parsed.getNumberOfPages()).isPositive();
            // metadata stays valid XML whatever the subject contained
            PDStream metadata = parsed.getDocumentCatalog().getMetadata();
            assertThat(new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("pdfaid:part").doesNotContain("\u0000");
        }
    }
}
