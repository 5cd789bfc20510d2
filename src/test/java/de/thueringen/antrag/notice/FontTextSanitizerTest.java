package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FontTextSanitizerTest {

    private PDDocument document;
    private FontTextSanitizer sanitizer;

    @BeforeEach
    void loadFont() throws IOException {
        document = new PDDocument();
        PDType0Font font = PDType0Font.load(document,
                getClass().getResourceAsStream(NoticePdfRenderer.FONT_RESOURCE), true);
        sanitizer = new FontTextSanitizer(font);
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void keepsCharactersTheFontCovers() {
        assertThat(sanitizer.line("Łukasz Nguyễn Şahin Øre „Zitat“ 12,50 € – Straße"))
                .isEqualTo("Łukasz Nguyễn Şahin Øre „Zitat“ 12,50 € – Straße");
    }

    @Test
    void replacesEachUnsupportedCharacterByOneQuestionMark() {
        assertThat(sanitizer.line("A😀B")).isEqualTo("A?B");
        assertThat(sanitizer.line("محمد")).isEqualTo("????");
        // one user-perceived character, several code points: one replacement
        assertThat(sanitizer.line("x👨‍👩‍👧y")).isEqualTo("x?y");
        assertThat(sanitizer.line("👍🏽")).isEqualTo("?");
        assertThat(sanitizer.line("🇩🇪")).isEqualTo("?");
        assertThat(sanitizer.line("lone \uD800 surrogate")).isEqualTo("lone ? surrogate");
    }

    @Test
    void removesControlAndFormatCharacters() {
        assertThat(sanitizer.line("a\u0000b\u0007c\u001B[31md\u007F\u0085e")).isEqualTo("abc[31md e");
        assertThat(sanitizer.line("ab\u200Bc\u00ADd\u202Eef\uFEFF")).isEqualTo("abcdef");
        assertThat(sanitizer.line("©\uFE0F")).isEqualTo("©");
    }

    @Test
    void turnsTabsAndLineBreaksIntoSpacesOrLines() {
        assertThat(sanitizer.line("a\tb\r\nc\nd\u2028e")).isEqualTo("a b c d e");
        assertThat(sanitizer.lines("eins\r\nzwei\nd\u0000rei")).containsExactly("eins", "zwei", "drei");
        assertThat(sanitizer.line(null)).isEmpty();
        assertThat(sanitizer.lines(null)).isEmpty();
    }

    @Test
    void composesDecomposedLetters() {
        String decomposed = "Nguye\u0302\u0303n";
        assertThat(sanitizer.line(decomposed)).isEqualTo("Nguyễn").hasSize(6);
    }

    @Test
    void ordersRightToLeftRunsVisually() {
        assertThat(FontTextSanitizer.toVisualOrder("Herr אבג")).isEqualTo("Herr גבא");
        assertThat(FontTextSanitizer.toVisualOrder("אבג 123")).isEqualTo("123 גבא");
        assertThat(FontTextSanitizer.toVisualOrder("nur links (ltr)")).isEqualTo("nur links (ltr)");
    }
}
