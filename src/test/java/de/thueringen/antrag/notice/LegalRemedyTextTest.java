package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LegalRemedyTextTest {

    @Test
    void objectionNamesRemedyAuthoritySeatTimeLimitAndForms() {
        String text = LegalRemedyText.objection("Landratsamt Gotha", "Gotha");

        assertThat(text)
                .startsWith("Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Widerspruch")
                .contains("Landratsamt Gotha mit Sitz in Gotha")
                .contains("schriftlich")
                .contains("in elektronischer Form nach § 3a Abs. 2")
                .contains("(ThürVwVfG)")
                .contains("zur Niederschrift")
                .doesNotContain("\n");
    }

    @Test
    void objectionRejectsMissingAuthority() {
        assertThatThrownBy(() -> LegalRemedyText.objection(" ", "Erfurt"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LegalRemedyText.objection("Stadt Erfurt", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsKnowTheirTitleAndWhetherTheyCanBeChallenged() {
        assertThat(NoticeKind.RECEIPT.germanTitle()).isEqualTo("Eingangsbestätigung");
        assertThat(NoticeKind.RECEIPT.challengeable()).isFalse();
        assertThat(NoticeKind.APPROVAL.germanTitle()).isEqualTo("Bescheid");
        assertThat(NoticeKind.REJECTION.germanTitle()).isEqualTo("Ablehnungsbescheid");
        assertThat(NoticeKind.DISCONTINUATION.germanTitle()).isEqualTo("Einstellung des Verfahrens");
        assertThat(NoticeKind.APPROVAL.challengeable()).isTrue();
        assertThat(NoticeKind.REJECTION.challengeable()).isTrue();
        assertThat(NoticeKind.DISCONTINUATION.challengeable()).isTrue();
    }
}
