package de.thueringen.antrag.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    private static final String FALLBACK = "nachweis.pdf";

    @Test
    void stripsUnixAndWindowsPaths() {
        assertThat(FileNames.sanitize("../../etc/passwd", FALLBACK)).isEqualTo("passwd");
        assertThat(FileNames.sanitize("/home/user/scan.pdf", FALLBACK)).isEqualTo("scan.pdf");
        assertThat(FileNames.sanitize("C:\\Users\\Erika\\Fahrzeugschein.pdf", FALLBACK)).isEqualTo("Fahrzeugschein.pdf");
        assertThat(FileNames.sanitize("..\\..\\boot.ini", FALLBACK)).isEqualTo("boot.ini");
    }

    @Test
    void replacesCharactersThatAreNotSafe() {
        assertThat(FileNames.sanitize("<script>alert(1)</script>.pdf", FALLBACK)).isEqualTo("script_.pdf");
        assertThat(FileNames.sanitize("a\"b'c;d|e*f?.pdf", FALLBACK)).isEqualTo("a_b_c_d_e_f_.pdf");
        assertThat(FileNames.sanitize("zeile\r\nzwei\u0000.pdf", FALLBACK)).doesNotContain("\r", "\n", "\u0000");
    }

    @Test
    void keepsUmlautsDigitsAndCommonPunctuation() {
        assertThat(FileNames.sanitize("Zulassungsbescheinigung Teil I (Rückseite)_Müller-Öztürk ß 2.pdf", FALLBACK))
                .isEqualTo("Zulassungsbescheinigung Teil I (Rückseite)_Müller-Öztürk ß 2.pdf");
    }

    @Test
    void composesDecomposedUmlauts() {
        assertThat(FileNames.sanitize("Mu\u0308ller.pdf", FALLBACK)).isEqualTo("Müller.pdf");
    }

    @Test
    void collapsesWhitespace() {
        assertThat(FileNames.sanitize("  mein     Scan .pdf  ", FALLBACK)).isEqualTo("mein Scan .pdf");
        // a tab is not among the allowed characters and becomes an underscore
        assertThat(FileNames.sanitize("mein\tScan.pdf", FALLBACK)).isEqualTo("mein_Scan.pdf");
    }

    @Test
    void removesLeadingDotsSoNothingIsHidden() {
        assertThat(FileNames.sanitize(".htaccess", FALLBACK)).isEqualTo("htaccess");
        assertThat(FileNames.sanitize("...  . bashrc", FALLBACK)).isEqualTo("bashrc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ".", "..", "../", "C:\\dir\\", "/"})
    void fallsBackWhenNothingIsLeft(String name) {
        assertThat(FileNames.sanitize(name, FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void fallsBackForNull() {
        assertThat(FileNames.sanitize(null, FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void capsLengthAt100KeepingExtension() {
        String name = FileNames.sanitize("a".repeat(300) + ".pdf", FALLBACK);

        assertThat(name).hasSize(100).endsWith(".pdf").startsWith("aaaa");
        assertThat(FileNames.sanitize("b".repeat(300) + ".jpeg", FALLBACK)).hasSize(100).endsWith(".jpeg");
    }

    @Test
    void capsLengthWithoutExtensionWhenTheDotIsFarFromTheEnd() {
        String name = FileNames.sanitize("x.verylongextension" + "y".repeat(200), FALLBACK);

        assertThat(name).hasSize(100).startsWith("x.verylong");
    }

    @Test
    void leavesNamesOfExactly100CharactersAlone() {
        String hundred = "c".repeat(96) + ".pdf";

        assertThat(FileNames.sanitize(hundred, FALLBACK)).isEqualTo(hundred);
    }

    @Test
    void capNeverSplitsACharacterOutsideTheBasicPlane() {
        // U+1D49C MATHEMATICAL SCRIPT CAPITAL A is a letter (kept) and takes two UTF-16 units
        String name = FileNames.sanitize("a" + "\uD835\uDC9C".repeat(80) + ".pdf", FALLBACK);

        assertThat(name).endsWith(".pdf");
        assertThat(name.codePoints()).noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
        assertThat(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(name)).isTrue();
    }
}
