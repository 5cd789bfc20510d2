package de.thueringen.antrag.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.thueringen.antrag.catalog.ServiceDefinition;
import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

class ServiceSearchTest {

    private static ServiceDefinition service(String id, String name, String ozgName, String topic, String situation) {
        return new ServiceDefinition(id, name, ozgName, topic, situation, List.of("99" + id), null, JurisdictionLevel.GEMEINDE,
                "GENEHMIGUNG", List.of(), "ozg-" + id, "ozg-" + id + ":1:x", Map.of());
    }

    private final ServiceSearch search = new ServiceSearch(List.of(
            service("10173", "Bewohnerparkausweis", "Parkausweise und Zufahrtsberechtigungen", "Mobilität & Reisen", "Kfz-Besitz"),
            service("10230", "Hundesteuer", "Hundehaltung", "Steuern & Zoll", "Haustiere"),
            service("10231", "Hundehaltung anmelden", "Hundehaltung", "Steuern & Zoll", "Haustiere"),
            service("10100", "Führungszeugnis", "Führungszeugnis", "Ein- & Auswanderung", "Behördengänge"),
            service("10400", "Wohngeld", "Wohngeld", "Familie & Kind", "Wohnen")));

    private List<String> names(String text) {
        return search.search(text, null, null).stream().map(h -> h.service().name()).toList();
    }

    @Test
    void typoInHundesteuerStillFindsTheDogServices() {
        assertThat(names("Hundesteur")).first().isEqualTo("Hundesteuer");
        assertThat(names("Hundesteur")).doesNotContain("Wohngeld", "Bewohnerparkausweis");
    }

    @Test
    void partOfACompoundFindsTheService() {
        assertThat(names("parkausweis")).containsExactly("Bewohnerparkausweis");
        assertThat(names("Bewohnerparkausweiss")).containsExactly("Bewohnerparkausweis");
        assertThat(names("Bewohnerprakausweis")).containsExactly("Bewohnerparkausweis");
    }

    @Test
    void umlautsCaseAndStopWordsDoNotMatter() {
        assertThat(names("fuehrungszeugnis beantragen")).containsExactly("Führungszeugnis");
        assertThat(names("FÜHRUNGSZEUGNIS")).containsExactly("Führungszeugnis");
    }

    @Test
    void everyWordMustMatchAndExactMatchesComeFirst() {
        assertThat(names("Hundehaltung anmelden")).containsExactly("Hundehaltung anmelden");
        assertThat(names("Hundehaltung")).first().isEqualTo("Hundehaltung anmelden");
        assertThat(names("Raketenstart")).isEmpty();
    }

    @Test
    void filtersByThemenfeldAndLage() {
        assertThat(search.search("", "Steuern & Zoll", null)).hasSize(2);
        assertThat(search.search(null, null, "Wohnen")).extracting(h -> h.service().name()).containsExactly("Wohngeld");
        assertThat(search.search("Hund", "Familie & Kind", null)).isEmpty();
    }

    @Test
    void longHostileInputIsBounded() {
        String flood = "x".repeat(100_000) + " " + "Hundesteuer ".repeat(1000);
        assertThat(ServiceSearch.queryWords(flood)).hasSizeLessThanOrEqualTo(ServiceSearch.MAX_QUERY_WORDS);
        assertThat(names("<script>alert(1)</script>")).isEmpty();
    }

    @Test
    void distanceCountsTranspositionsAsOneEdit() {
        assertThat(TextFolding.distance("hundesteur", "hundesteuer", 2)).isEqualTo(1);
        assertThat(TextFolding.distance("prak", "park", 2)).isEqualTo(1);
        assertThat(TextFolding.distance("abc", "xyzabc", 2)).isEqualTo(3);
    }
}
