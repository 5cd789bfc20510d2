package de.thueringen.antrag.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which authority a service of each level reaches, for every kind of municipality Thüringen has. */
class JurisdictionRoutingTest {

    private static final AuthorityDirectory DIRECTORY = new AuthorityDirectory();
    private static final JurisdictionService JURISDICTION = new JurisdictionService(DIRECTORY);

    private static Authority municipality(String ags) {
        return DIRECTORY.municipalityByAgs(ags).orElseThrow();
    }

    private static String route(JurisdictionLevel level, String ags) {
        return JURISDICTION.responsibleAuthority(level, municipality(ags)).id();
    }

    @Test
    void memberOfAVerwaltungsgemeinschaftIsServedByTheVg() {
        // Berlingerode is a member of the VG Lindenberg/Eichsfeld (seat Teistungen)
        assertThat(route(JurisdictionLevel.GEMEINDE, "16061003")).isEqualTo("vg-160615001");
        assertThat(JURISDICTION.require("vg-160615001").name()).isEqualTo("Verwaltungsgemeinschaft Lindenberg/Eichsfeld");
        // so is the seat municipality: the VG, not the town hall of Teistungen, does its administrative work
        assertThat(route(JurisdictionLevel.GEMEINDE, "16061114")).isEqualTo("vg-160615001");
        assertThat(route(JurisdictionLevel.KREIS, "16061003")).isEqualTo("kreis-16061");
        // the municipality stays the place and party of the case
        assertThat(municipality("16061003").name()).isEqualTo("Gemeinde Berlingerode");
    }

    @Test
    void municipalityThatAssignedItsTasksIsServedByTheErfuellendeGemeinde() {
        // Rippershausen has assigned its tasks to the Stadt Meiningen (§ 51 ThürKO)
        assertThat(route(JurisdictionLevel.GEMEINDE, "16066056")).isEqualTo("ags-16066042");
        assertThat(route(JurisdictionLevel.GEMEINDE, "16066042")).isEqualTo("ags-16066042");
        assertThat(route(JurisdictionLevel.KREIS, "16066056")).isEqualTo("kreis-16066");
    }

    @Test
    void verbandsfreieGemeindeActsItself() {
        assertThat(route(JurisdictionLevel.GEMEINDE, "16067029")).isEqualTo("ags-16067029");
        assertThat(route(JurisdictionLevel.KREIS, "16067029")).isEqualTo("kreis-16067");
    }

    @Test
    void kreisfreieStadtDoesMunicipalAndDistrictWork() {
        assertThat(route(JurisdictionLevel.GEMEINDE, "16053000")).isEqualTo("ags-16053000");
        assertThat(route(JurisdictionLevel.KREIS, "16053000")).isEqualTo("ags-16053000");
    }

    @Test
    void eisenachIsATownOfTheWartburgkreisSince2021() {
        Authority eisenach = municipality("16063105");

        assertThat(eisenach.kind()).isEqualTo(AuthorityKind.GEMEINDE);
        assertThat(eisenach.name()).isEqualTo("Stadt Eisenach");
        assertThat(route(JurisdictionLevel.GEMEINDE, "16063105")).isEqualTo("ags-16063105");
        assertThat(route(JurisdictionLevel.KREIS, "16063105")).isEqualTo("kreis-16063");
        assertThat(DIRECTORY.municipalityByAgs("16056000")).isEmpty();
    }

    @Test
    void landLevelGoesToTheLandOfficeFromEveryKindOfMunicipality() {
        for (String ags : new String[] {"16061003", "16066056", "16067029", "16053000", "16063105"}) {
            assertThat(route(JurisdictionLevel.LAND, ags)).as(ags).isEqualTo(JurisdictionService.LAND_OFFICE_ID);
        }
    }

    @Test
    void aMergedMunicipalityLeadsToItsSuccessor() {
        // Lutter (16061067) is part of the Landgemeinde Uder (16061119) since the merger
        Authority uder = municipality("16061067");

        assertThat(uder.key()).isEqualTo("16061119");
        assertThat(uder.aliases()).contains("Lutter");
        assertThat(route(JurisdictionLevel.GEMEINDE, "16061067")).isEqualTo("ags-16061119");
        assertThat(DIRECTORY.municipalitiesByPostcode("37318")).extracting(Authority::key).contains("16061119")
                .doesNotContain("16061067");
    }

    @Test
    void letterheadMunicipalityIsNamedOnlyWhereAnotherAuthorityActs() {
        Authority vg = JURISDICTION.require("vg-160615001");

        assertThat(JURISDICTION.municipalityActedFor(vg, "16061003")).map(Authority::name).contains("Gemeinde Berlingerode");
        assertThat(JURISDICTION.municipalityActedFor(vg, "16067029")).isEmpty();
        Authority gotha = JURISDICTION.require("ags-16067029");
        assertThat(JURISDICTION.municipalityActedFor(gotha, "16067029")).isEmpty();
    }
}
