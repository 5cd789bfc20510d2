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
        assertThat(NoticeKind.DOCUMENT_REQUEST.germanTitle()).isEqualTo("Nachforderung von Unterlagen");
        assertThat(NoticeKind.DOCUMENT_REQUEST.challengeable()).isFalse();
        assertThat(NoticeKind.FEE_NOTICE.germanTitle()).isEqualTo("Gebührenbescheid");
        assertThat(NoticeKind.FEE_NOTICE.challengeable()).isTrue();
        assertThat(NoticeKind.DEEMED_APPROVAL.germanTitle())
                .isEqualTo("Bescheinigung über den Eintritt der Genehmigungsfiktion");
        assertThat(NoticeKind.DEEMED_APPROVAL.challengeable()).isTrue();
    }

    @Test
    void certificateOfDeemedApprovalIsReferredToAsBescheinigung() {
        String text = LegalRemedyText.objection(NoticeKind.DEEMED_APPROVAL, "Landratsamt Gotha", "Gotha");

        assertThat(text).startsWith("Gegen diese Bescheinigung kann innerhalb eines Monats nach ihrer Bekanntgabe "
                        + "Widerspruch erhoben werden.")
                .contains("die diese Bescheinigung erlassen hat", "Landratsamt Gotha mit Sitz in Gotha")
                .doesNotContain("Bescheid ");
    }

    @Test
    void actionNamesTheCourtItsSeatAndAddressAndExcludesTheObjection() {
        String text = LegalRemedyText.action(NoticeKind.REJECTION, AdministrativeCourts.MEININGEN);

        assertThat(text)
                .startsWith("Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Klage beim "
                        + "Verwaltungsgericht Meiningen mit Sitz in Meiningen (Justizzentrum Meiningen, "
                        + "Lindenallee 15, 98617 Meiningen) erhoben werden.")
                .contains("Ein Widerspruchsverfahren findet nicht statt.",
                        "schriftlich, zur Niederschrift des Urkundsbeamten der Geschäftsstelle",
                        "§ 55a der Verwaltungsgerichtsordnung (VwGO)",
                        "den Kläger, den Beklagten und den Gegenstand des Klagebegehrens")
                .doesNotContain("Widerspruch erhoben", "\n");
        assertThat(LegalRemedyText.action(NoticeKind.FEE_NOTICE, AdministrativeCourts.GERA))
                .contains("Klage beim Verwaltungsgericht Gera mit Sitz in Gera (Justizzentrum Gera, "
                        + "Rudolf-Diener-Straße 1, Gera)");
        assertThatThrownBy(() -> LegalRemedyText.action(NoticeKind.APPROVAL, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remedyTypeIsReadFromTheServicePropertyWithObjectionAsDefault() {
        assertThat(LegalRemedyType.of(java.util.Map.of())).isEqualTo(LegalRemedyType.WIDERSPRUCH);
        assertThat(LegalRemedyType.of(null)).isEqualTo(LegalRemedyType.WIDERSPRUCH);
        assertThat(LegalRemedyType.of(java.util.Map.of("legal.remedy", " klage "))).isEqualTo(LegalRemedyType.KLAGE);
        assertThat(LegalRemedyType.of(java.util.Map.of("legal.remedy", "WIDERSPRUCH")))
                .isEqualTo(LegalRemedyType.WIDERSPRUCH);
        assertThatThrownBy(() -> LegalRemedyType.of(java.util.Map.of("legal.remedy", "Beschwerde")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("legal.remedy").hasMessageContaining("WIDERSPRUCH or KLAGE");
    }
}
