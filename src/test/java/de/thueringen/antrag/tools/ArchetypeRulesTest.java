package de.thueringen.antrag.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

class ArchetypeRulesTest {

    private static CatalogEntry service(String name, List<String> types, Map<String, Integer> actions) {
        return new CatalogEntry("10999", name, "Querschnitt", "Querschnitt Bürger", List.of(), types, actions, "");
    }

    private static CatalogEntry service(String name) {
        return service(name, List.of("2/3"), Map.of());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Meldebescheinigung und -registerauskunft | BESCHEINIGUNG",
            "Führungszeugnis | BESCHEINIGUNG",
            "Geburtsurkunde und -bescheinigung | BESCHEINIGUNG",
            "Handelsregister | BESCHEINIGUNG",
            "Personalausweis | BESCHEINIGUNG",
            "Reisepass | BESCHEINIGUNG",
            "Fahrerkarte | BESCHEINIGUNG",
            "Unterrichtungsnachweis | BESCHEINIGUNG",
            "Geburtsanzeige | ANZEIGE",
            "Wohnsitzmeldungen | ANZEIGE",
            "Unternehmensanmeldung und -genehmigung | ANZEIGE",
            "Sorgeerklärung | ANZEIGE",
            "Mängel melden | ANZEIGE",
            "Hundesteuer | ANZEIGE",
            "Kurabgabe | ANZEIGE",
            "Elterngeld | LEISTUNG",
            "Wohngeld | LEISTUNG",
            "Unterhaltsvorschuss | LEISTUNG",
            "Ganztagsschulförderung | LEISTUNG",
            "Familienerholungszuschuss | LEISTUNG",
            "Hilfe zur Pflege | LEISTUNG",
            "Fahrkostenerstattung für Krankheitsbehandlungen | LEISTUNG",
            "Witwenrente | LEISTUNG",
            "Bauvorbescheid und Baugenehmigung | GENEHMIGUNG",
            "Erlaubnis zum Verkehr mit Betäubungsmitteln | GENEHMIGUNG",
            "Ausnahmegenehmigung für besondere Verkaufsveranstaltungen | GENEHMIGUNG",
            "Osterfeuer | GENEHMIGUNG"})
    void choosesTheArchetypeFromKeywordsInTheName(String name, Archetype expected) {
        assertThat(ArchetypeRules.archetypeOf(service(name)).value()).isEqualTo(expected);
    }

    @Test
    void keywordsDoNotMatchInsideOtherWords() {
        // "entgelt" is no "geld", "Rentenversicherung" is no "Rente", "Kartell…" no "Karte", "Leistungsfähigkeit" no "Leistung"
        assertThat(ArchetypeRules.archetypeOf(service("Entgeltgenehmigung")).value()).isEqualTo(Archetype.GENEHMIGUNG);
        assertThat(ArchetypeRules.archetypeOf(service("Versicherungs- und Beitragspflicht zur Rentenversicherung")).value())
                .isEqualTo(Archetype.GENEHMIGUNG);
        assertThat(ArchetypeRules.archetypeOf(service("Kartellrechtliche Verfahren")).value()).isEqualTo(Archetype.GENEHMIGUNG);
        assertThat(ArchetypeRules.archetypeOf(service("Nachweis der finanziellen Leistungsfähigkeit")).value())
                .isEqualTo(Archetype.GENEHMIGUNG);
    }

    @Test
    void nameKeywordsComeBeforeLeikaVerrichtungen() {
        CatalogEntry pass = service("Reisepass", List.of("1", "2/3"), Map.of("Erteilung", 5));
        assertThat(ArchetypeRules.archetypeOf(pass).value()).isEqualTo(Archetype.BESCHEINIGUNG);
    }

    @Test
    void leikaVerrichtungenDecideWhereTheNameSaysNothing() {
        assertThat(ArchetypeRules.archetypeOf(service("Hundehaltung", List.of("2/3", "4"),
                Map.of("Befreiung", 3, "Anmeldung", 2, "Abmeldung", 1, "Meldung", 2, "Festsetzung", 1))).value())
                .isEqualTo(Archetype.ANZEIGE);
        assertThat(ArchetypeRules.archetypeOf(service("Carnet", List.of("1"), Map.of("Ausstellung", 1))).value())
                .isEqualTo(Archetype.BESCHEINIGUNG);
        assertThat(ArchetypeRules.archetypeOf(service("Lastenausgleich für Vertriebene", List.of("1"), Map.of("Gewährung", 1)))
                .value()).isEqualTo(Archetype.LEISTUNG);
    }

    @Test
    void aVoteThatDoesNotBeatThePermitVerrichtungenLeavesGenehmigung() {
        ArchetypeRules.Choice<Archetype> choice = ArchetypeRules.archetypeOf(service("Führerschein", List.of("1"),
                Map.of("Ausstellung", 9, "Erteilung", 2, "Verlängerung", 6, "Anerkennung", 3, "Eintragung", 2)));
        assertThat(choice.value()).isEqualTo(Archetype.GENEHMIGUNG);
        assertThat(choice.reason()).contains("Standard");
    }

    @Test
    void withoutAnyRuleItIsGenehmigungAndSaysSo() {
        ArchetypeRules.Choice<Archetype> choice = ArchetypeRules.archetypeOf(service("Tierheim"));
        assertThat(choice.value()).isEqualTo(Archetype.GENEHMIGUNG);
        assertThat(choice.reason()).isEqualTo("keine Regel trifft zu (Standard)");
    }

    @Test
    void theReasonNamesTheKeyword() {
        assertThat(ArchetypeRules.archetypeOf(service("Versammlungsanzeige")).reason()).isEqualTo("Stichwort „anzeige“ im Namen");
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
            "Meldebescheinigung und -registerauskunft | 2/3 | GEMEINDE",
            "Personalausweis | 1;2/3;6 | GEMEINDE",
            "Hundehaltung | 2/3;4 | GEMEINDE",
            "Parkausweise und Zufahrtsberechtigungen | 2/3;4 | GEMEINDE",
            "Geburtsurkunde und -bescheinigung | 2/3 | GEMEINDE",
            "Eheschließung und -beurkundung | 2/3 | GEMEINDE",
            "Sterbeurkunde | 2/3;4 | GEMEINDE",
            "Führungszeugnis | 1;2/3 | GEMEINDE",
            "Unternehmensanmeldung und -genehmigung | 1;2/3;4 | GEMEINDE",
            "Einwohnerantrag | 4 | GEMEINDE",
            "Bauvorbescheid und Baugenehmigung | 1;2/3;4 | KREIS",
            "Führerschein | 1;2/3;4 | KREIS",
            "Kraftfahrzeugzulassung, -um- und Abmeldung | 1;2/3 | KREIS",
            "Waffenerlaubnis | 2/3 | KREIS",
            "Jagdschein und -erlaubnis | 2/3;4 | KREIS",
            "Wohngeld | 2/3 | KREIS",
            "Elterngeld | 2/3 | KREIS",
            "Unterhaltsvorschuss | 2/3 | KREIS",
            "Leistungen nach Asylbewerberleistungsgesetz | 2/3;5 | KREIS",
            "Abbruchgenehmigung | 4 | KREIS",
            "Seniorenpass | 5 | GEMEINDE",
            "Abgeschleppte Fahrzeuge | 2/3;5 | GEMEINDE",
            "Landeserziehungsgeld | 4 | LAND",
            "Blindengeld | 4 | LAND",
            "Denkmalförderung | 4 | LAND",
            "Kindergeld | 1;2/3 | KREIS",
            "Biersteuer | 1 | KREIS",
            "Zuwendungen bei Mehrlingsgeburten | 4 | LAND"})
    void choosesTheLevelFromKeywordsThenLeikaTypes(String name, String types, JurisdictionLevel expected) {
        assertThat(ArchetypeRules.levelOf(service(name, List.of(types.split(";")), Map.of())).value()).isEqualTo(expected);
    }

    @Test
    void typeFourTogetherWithAnotherTypeIsNotLand() {
        assertThat(ArchetypeRules.levelOf(service("Kindertagesbetreuungsplatz", List.of("2/3", "4"), Map.of())).value())
                .isEqualTo(JurisdictionLevel.GEMEINDE);
        assertThat(ArchetypeRules.levelOf(service("Einleiten von Abwasser", List.of("2/3", "4"), Map.of())).value())
                .isEqualTo(JurisdictionLevel.KREIS);
    }

    @Test
    void everyCountedVerrichtungVotesForAnArchetype() {
        assertThat(ArchetypeRules.LEIKA_ACTIONS).containsEntry("Ausstellung", Archetype.BESCHEINIGUNG)
                .containsEntry("Entgegennahme", Archetype.ANZEIGE)
                .containsEntry("Gewährung", Archetype.LEISTUNG)
                .containsEntry("Erteilung", Archetype.GENEHMIGUNG)
                .doesNotContainKeys("Einsicht", "gewähren", "Änderung", "Informationserteilung");
    }
}
