package de.thueringen.antrag.clerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNotesTest {

    @Test
    void keepsTheTextAsTypedTrimmedWithUnixLineBreaks() {
        assertThat(CaseNotes.validated("  Rückruf am Montag.\r\nNachweis folgt <b>morgen</b> ${x}  "))
                .isEqualTo("Rückruf am Montag.\nNachweis folgt <b>morgen</b> ${x}");
    }

    @Test
    void refusesEmptyOverlongAndControlCharacters() {
        assertThatThrownBy(() -> CaseNotes.validated("   ")).isInstanceOf(ClerkApiException.class)
                .hasMessageContaining("Text");
        assertThatThrownBy(() -> CaseNotes.validated("x".repeat(CaseNotes.MAX_LENGTH + 1)))
                .hasMessageContaining("höchstens");
        assertThatThrownBy(() -> CaseNotes.validated("a\u0000b")).hasMessageContaining("Steuerzeichen");
        assertThat(CaseNotes.validated("x".repeat(CaseNotes.MAX_LENGTH))).hasSize(CaseNotes.MAX_LENGTH);
    }
}
