package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever a citizen types (any Unicode: Polish, Vietnamese, Turkish, Arabic, Hebrew, emoji, combining marks,
 * control characters, lone surrogates) renders or is replaced visibly; the notice stays a valid PDF/A-2b.
 */
class NoticeUnicodePropertyTest {

    private static final NoticePdfRenderer RENDERER = new NoticePdfRenderer(
            Clock.fixed(Instant.parse("2026-03-05T09:30:00Z"), ZoneId.of("Europe/Berlin")));

    @Property(tries = 50)
    void anyCitizenTextGivesAValidPdfA(@ForAll("citizenText") String name,
                                       @ForAll("citizenText") String street,
                                       @ForAll("citizenText") String reason,
                                       @ForAll @StringLength(max = 300) String anyJavaString) throws IOException {
        NoticeRecipient recipient = new NoticeRecipient(name, street, "99084 " + anyJavaString);
        NoticeDocument doc = new NoticeDocument(NoticeKind.FEE_NOTICE, NoticeSamples.ERFURT, recipient,
                "ERF-" + anyJavaString, LocalDate.of(2026, 3, 5), reason, "Gebührenbescheid: " + name,
                List.of("Begründung: " + reason, anyJavaString, street),
                List.of(new FeeLine(reason, new BigDecimal("12.50"))), anyJavaString,
                LegalRemedyText.objection("Stadt Erfurt", "Erfurt"), Map.of(name, reason),
                new PaymentDetails(new BigDecimal("12.50"), anyJavaString, LocalDate.of(2026, 3, 19),
                        "https://pay.example/" + anyJavaString));

        byte[] pdf = RENDERER.render(doc);

        try (PDDocument parsed = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(parsed);
            assertThat(text).contains("Guten Tag", "Rechtsbehelfsbelehrung", "12,50 €", "Seite 1 von ");
            assertThat(text.codePoints()).allSatisfy(cp -> {
                assertThat(Character.getType(cp)).as("code point U+%04X", cp)
                        .isNotIn((int) Character.SURROGATE, (int) Character.PRIVATE_USE, (int) Character.FORMAT);
                assertThat(cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t').as("control U+%04X", cp).isFalse();
            });
        }
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Property(tries = 300)
    void sanitisedTextIsAlwaysEncodableAndKeepsOneSymbolPerCharacter(@ForAll("citizenText") String raw)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document,
                    NoticeUnicodePropertyTest.class.getResourceAsStream(NoticePdfRenderer.FONT_RESOURCE), true);
            FontTextSanitizer sanitizer = new FontTextSanitizer(font);

            String line = sanitizer.line(raw);

            // never throws: every character left is in the font
            assertThat(font.encode(line)).isNotNull();
            assertThat(line).doesNotContain("\n", "\r", "\u0000");
            // nothing invented: the result is never longer (in grapheme clusters) than the NFC input
            long clusters = java.util.regex.Pattern.compile("\\X").matcher(
                    java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC)).results().count();
            long outClusters = java.util.regex.Pattern.compile("\\X").matcher(line).results().count();
            assertThat(outClusters).isLessThanOrEqualTo(clusters);
        }
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Integer>> weighted(
            int weight, Arbitrary<Integer> arbitrary) {
        return net.jqwik.api.Tuple.of(weight, arbitrary);
    }

    /** Code points from the scripts and traps a citizen's input may contain, up to 300 per string. */
    @Provide
    Arbitrary<String> citizenText() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                weighted(6, Arbitraries.integers().between(0x20, 0x7E)),      // ASCII
                weighted(4, Arbitraries.integers().between(0xA0, 0x24F)),     // Latin-1, Extended A/B (Ł, Ş, ğ)
                weighted(2, Arbitraries.integers().between(0x1EA0, 0x1EF9)),  // Vietnamese
                weighted(2, Arbitraries.integers().between(0x0600, 0x06FF)),  // Arabic
                weighted(1, Arbitraries.integers().between(0x0590, 0x05FF)),  // Hebrew
                weighted(1, Arbitraries.integers().between(0x0370, 0x04FF)),  // Greek, Cyrillic
                weighted(2, Arbitraries.integers().between(0x0300, 0x036F)),  // combining marks
                weighted(2, Arbitraries.integers().between(0x1F300, 0x1FAFF)), // emoji
                weighted(1, Arbitraries.of(0x200D, 0xFE0F, 0x1F3FD, 0x1F1E9, 0x1F1EA)), // ZWJ, VS16, skin, flags
                weighted(1, Arbitraries.integers().between(0x00, 0x1F)),      // C0 controls
                weighted(1, Arbitraries.of(0x7F, 0x85, 0xAD, 0x200B, 0x202E, 0x2028, 0xFEFF, 0xFFFF,
                        0xE000, 0xD800, 0xDBFF, 0xDC00, 0xDFFF)),                          // format, bidi, lone surrogates
                weighted(1, Arbitraries.integers().between(0x4E00, 0x4FFF)),  // CJK
                weighted(1, Arbitraries.integers().between(0x10000, 0x10FFFF))) // anything supplementary
;
        return codePoint.list().ofMaxSize(300).map(points -> {
            StringBuilder text = new StringBuilder(points.size() * 2);
            for (int cp : points) {
                if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                    text.append((char) cp); // a lone surrogate half, as broken input may carry
                } else {
                    text.appendCodePoint(cp);
                }
            }
            return text.toString();
        });
    }
}
