package de.thueringen.antrag.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void transliteratesUmlautsAndCollapsesEverythingElse() {
        assertThat(Slugs.of("Mobilität & Reisen")).isEqualTo("mobilitaet-reisen");
        assertThat(Slugs.of("Führungszeugnis")).isEqualTo("fuehrungszeugnis");
        assertThat(Slugs.of("Bauvorbescheid und Baugenehmigung")).isEqualTo("bauvorbescheid-und-baugenehmigung");
        assertThat(Slugs.of("Meldebescheinigung und -registerauskunft")).isEqualTo("meldebescheinigung-und-registerauskunft");
        assertThat(Slugs.of("Straße (neu:Maß) – Größe")).isEqualTo("strasse-neu-mass-groesse");
        assertThat(Slugs.of("Ein- & Auswanderung")).isEqualTo("ein-auswanderung");
    }

    @Test
    void staysWithinSixtyCharactersAndEndsCleanly() {
        String slug = Slugs.of("Selbstnutzungs-, Leerstands- und anderweitige Nutzungsgenehmigung von gefördertem Wohnraum");
        assertThat(slug).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-").startsWith("selbstnutzungs-leerstands-");
    }
}
