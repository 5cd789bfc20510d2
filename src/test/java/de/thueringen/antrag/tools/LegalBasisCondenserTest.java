package de.thueringen.antrag.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LegalBasisCondenserTest {

    @Test
    void dropsLinksAndNamesTheLawByItsAbbreviation() {
        assertThat(LegalBasisCondenser.condense(List.of(
                "§ 14 Versammlungsgesetz (VersammlG) [http://www.gesetze-im-internet.de/versammlg/__14.html]")))
                .isEqualTo("§ 14 VersammlG");
    }

    @Test
    void aBareParagraphCoversItsSpecificFormsAndParagraphsAreListedOnce() {
        String stvo45 = "§ 45 Absatz 1b Nummer 2 Straßenverkehrs-Ordnung (StVO) [http://www.gesetze-im-internet.de/stvo_2013/__45.html]";
        String stvo46 = "§ 46 Absatz 1 Nummer 11 Straßenverkehrs-Ordnung (StVO) [http://www.gesetze-im-internet.de/stvo_2013/__46.html]";
        assertThat(LegalBasisCondenser.condense(List.of(
                stvo45 + ", " + stvo46,
                "§ 46 Straßenverkehrs-Ordnung (StVO) [http://www.gesetze-im-internet.de/stvo_2013/__46.html]",
                "§ 45 Straßenverkehrs-Ordnung (StVO) [http://www.gesetze-im-internet.de/stvo_2013/__45.html]",
                "",
                stvo45)))
                .isEqualTo("§§ 45, 46 StVO");
    }

    @Test
    void keepsSpecificReferencesShortened() {
        assertThat(LegalBasisCondenser.condense(List.of(
                "§ 45 Absatz 1b Nummer 2 Straßenverkehrs-Ordnung (StVO) [http://x/__45.html], "
                        + "§ 46 Absatz 1 Nummer 11 Straßenverkehrs-Ordnung (StVO) [http://x/__46.html]")))
                .isEqualTo("§ 45 Abs. 1b Nr. 2, § 46 Abs. 1 Nr. 11 StVO");
    }

    @Test
    void ordersLawsByHowManyRowsCiteThemAndSumsUpTheRest() {
        List<String> rows = Arrays.asList(
                "§ 7 Bundeselterngeld- und Elternzeitgesetz (BEEG) [http://a]",
                "§ 23 Bundeselterngeld- und Elternzeitgesetz (BEEG) [http://b]",
                "§ 1 Erstes Gesetz (EG1) [http://c]",
                "§ 2 Zweites Gesetz (ZG) [http://d]",
                "§ 3 Drittes Gesetz (DG) [http://e]",
                "§ 4 Viertes Gesetz (VG) [http://f]");
        assertThat(LegalBasisCondenser.condense(rows)).isEqualTo("§§ 7, 23 BEEG; § 1 EG1; § 2 ZG; § 3 DG; u. a.");
    }

    @Test
    void namesLawsWithoutAbbreviationByTheirNameAndEuActsByTheirNumber() {
        assertThat(LegalBasisCondenser.lawName("Verordnung (EG) Nr. 853/2004 mit spezifischen Hygienevorschriften für "
                + "Lebensmittel tierischen Ursprungs")).isEqualTo("Verordnung (EG) Nr. 853/2004");
        assertThat(LegalBasisCondenser.lawName("Gewerbeordnung (GewO) - Auskunft auf Antrag betroffener Personen"))
                .isEqualTo("GewO");
        assertThat(LegalBasisCondenser.lawName("Richtlinie des Landes über eine sehr lange Bezeichnung einer Förderung von "
                + "Maßnahmen im ländlichen Raum")).endsWith(" …").hasSizeLessThanOrEqualTo(LegalBasisCondenser.MAX_LAW_NAME + 2);
    }

    @Test
    void nothingGivenGivesNothing() {
        assertThat(LegalBasisCondenser.condense(Arrays.asList("", null, "  "))).isEmpty();
    }
}
