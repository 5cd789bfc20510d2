package de.thueringen.antrag.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.AuthorityDirectory;

class PlaceLookupTest {

    private final PlaceLookup places = new PlaceLookup(new AuthorityDirectory());

    @Test
    void postcodeOfOneMunicipalityGivesIt() {
        assertThat(places.find("07743")).extracting(Authority::name).containsExactly("Stadt Jena");
        assertThat(places.find(" 99084 ")).extracting(Authority::name).containsExactly("Stadt Erfurt");
    }

    @Test
    void postcodeSpanningSeveralMunicipalitiesOffersAChoice() {
        assertThat(places.find("07751")).hasSizeGreaterThan(1).extracting(Authority::name).contains("Stadt Jena");
    }

    @Test
    void placeNameIsFoundWithoutCaseOrPrefix() {
        assertThat(places.find("jena")).extracting(Authority::key).containsExactly("16053000");
        assertThat(places.find("Stadt Jena")).extracting(Authority::key).containsExactly("16053000");
    }

    @Test
    void oldNameOfAMergedMunicipalityFindsTheNewOne() {
        // Lutter and Wüstheuterode are part of the Landgemeinde Uder; Berga/Elster of Berga-Wünschendorf
        assertThat(places.find("Lutter")).extracting(Authority::key).containsExactly("16061119");
        assertThat(places.find("wüstheuterode")).extracting(Authority::key).containsExactly("16061119");
        assertThat(places.find("Berga/Elster")).extracting(Authority::key).containsExactly("16076094");
        // and so do their postcodes and the old AGS a saved draft may still carry
        assertThat(places.find("07980")).extracting(Authority::key).contains("16076094");
        assertThat(places.byAgs("16076004").key()).isEqualTo("16076094");
    }

    @Test
    void nothingForUnknownOrHostileInput() {
        assertThat(places.find("12345")).isEmpty();
        assertThat(places.find("<script>")).isEmpty();
        assertThat(places.find("x".repeat(500))).isEmpty();
        assertThat(places.find(null)).isEmpty();
    }
}
