package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.model.GsubData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrueTypeTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {NoticePdfRenderer.FONT_RESOURCE, NoticePdfRenderer.BOLD_FONT_RESOURCE})
    void dropsGsubAndKeepsEverythingElseIntact(String resource) throws IOException {
        byte[] original = read(resource);

        byte[] stripped = TrueTypeTables.withoutTables(original, Set.of("GSUB"));

        // whole-font checksum as the OpenType specification requires
        assertThat(TrueTypeTables.checksum(stripped)).isEqualTo(0xB1B0AFBAL);
        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB")
                    .containsKeys("head", "hhea", "maxp", "cmap", "glyf", "loca", "hmtx", "name", "post", "OS/2");
            assertThat(after.getTableMap()).hasSize(before.getTableMap().size() - 1);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            assertThat(after.getName()).isEqualTo(before.getName());
            for (int cp : "AÄßŁễŞ€„“".codePoints().toArray()) {
                int gid = before.getUnicodeCmapLookup().getGlyphId(cp);
                assertThat(gid).isPositive();
                assertThat(after.getUnicodeCmapLookup().getGlyphId(cp)).isEqualTo(gid);
                assertThat(after.getAdvanceWidth(gid)).isEqualTo(before.getAdvanceWidth(gid));
                assertThat(after.getGlyph().getGlyph(gid).getBoundingBox().toString())
                        .isEqualTo(before.getGlyph().getGlyph(gid).getBoundingBox().toString());
            }
        }
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new java.io.ByteArrayInputStream(stripped), true);
            assertThat(font.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(font.getStringWidth("Straße")).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXXX", "head"})
    void returnsTheSameBytesWhenNothingIsRemovedAndRejectsGarbage(String tag) throws IOException {
        byte[] original = read(NoticePdfRenderer.FONT_RESOURCE);
        if (tag.equals("XXXX")) {
            assertThat(TrueTypeTables.withoutTables(original, Set.of(tag))).isSameAs(original);
        }
        assertThatThrownBy(() -> TrueTypeTables.withoutTables(new byte[] {1, 2, 3}, Set.of(tag)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] truncated = java.util.Arrays.copyOf(original, 200);
        assertThatThrownBy(() -> TrueTypeTables.withoutTables(truncated, Set.of(tag)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = TrueTypeTablesTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
