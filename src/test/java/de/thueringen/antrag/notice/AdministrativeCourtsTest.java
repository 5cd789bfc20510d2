package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.AuthorityDirectory;
import de.thueringen.antrag.jurisdiction.AuthorityKind;

class AdministrativeCourtsTest {

    private static final AuthorityDirectory DIRECTORY = new AuthorityDirectory();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // VG Weimar
            "ags-16051000, Weimar", "ags-16055000, Weimar", "kreis-16061, Weimar", "kreis-16062, Weimar",
            "kreis-16064, Weimar", "kreis-16065, Weimar", "kreis-16067, Weimar", "kreis-16068, Weimar",
            "kreis-16070, Weimar", "kreis-16071, Weimar",
            // VG Meiningen
            "ags-16054000, Meiningen", "kreis-16063, Meiningen", "kreis-16066, Meiningen", "kreis-16069, Meiningen",
            "kreis-16072, Meiningen",
            // VG Gera
            "ags-16052000, Gera", "ags-16053000, Gera", "kreis-16073, Gera", "kreis-16074, Gera",
            "kreis-16075, Gera", "kreis-16076, Gera", "kreis-16077, Gera",
            // Land office in Weimar
            "land-thueringen, Weimar"})
    void everyKreisAndKreisfreieStadtHasItsCourt(String authorityId, String seat) {
        Authority authority = DIRECTORY.byId(authorityId).orElseThrow();

        assertThat(AdministrativeCourts.competentFor(authority).seat()).isEqualTo(seat);
    }

    @Test
    void eisenachBelongsToTheWartburgkreisAndSoToMeiningen() {
        Authority eisenach = DIRECTORY.byId("ags-16063105").orElseThrow();

        assertThat(eisenach.kind()).isEqualTo(AuthorityKind.GEMEINDE);
        assertThat(AdministrativeCourts.competentFor(eisenach)).isEqualTo(AdministrativeCourts.MEININGEN);
    }

    @Test
    void aGemeindeGoesToTheCourtOfItsLandkreis() {
        for (Authority authority : DIRECTORY.all()) {
            if (authority.kind() == AuthorityKind.GEMEINDE) {
                Authority landkreis = DIRECTORY.byId(authority.parentId()).orElseThrow();
                assertThat(AdministrativeCourts.competentFor(authority))
                        .as(authority.name())
                        .isEqualTo(AdministrativeCourts.competentFor(landkreis));
            }
        }
    }

    @Test
    void everyAuthorityInTheDirectoryHasACourtAndTheDistrictsMatchThePublishedOnes() {
        Map<String, List<String>> kreiseByCourt = DIRECTORY.all().stream()
                .filter(a -> a.kind() == AuthorityKind.LANDKREIS || a.kind() == AuthorityKind.KREISFREIE_STADT)
                .collect(Collectors.groupingBy(a -> AdministrativeCourts.competentFor(a).seat(),
                        Collectors.mapping(Authority::name, Collectors.toList())));

        assertThat(kreiseByCourt.get("Weimar")).containsExactlyInAnyOrder("Stadt Erfurt", "Stadt Weimar",
                "Landratsamt Eichsfeld", "Landratsamt Nordhausen", "Landratsamt Unstrut-Hainich-Kreis",
                "Landratsamt Kyffhäuserkreis", "Landratsamt Gotha", "Landratsamt Sömmerda", "Landratsamt Ilm-Kreis",
                "Landratsamt Weimarer Land");
        assertThat(kreiseByCourt.get("Meiningen")).containsExactlyInAnyOrder("Stadt Suhl",
                "Landratsamt Wartburgkreis", "Landratsamt Schmalkalden-Meiningen", "Landratsamt Hildburghausen",
                "Landratsamt Sonneberg");
        assertThat(kreiseByCourt.get("Gera")).containsExactlyInAnyOrder("Stadt Gera", "Stadt Jena",
                "Landratsamt Saalfeld-Rudolstadt", "Landratsamt Saale-Holzland-Kreis", "Landratsamt Saale-Orla-Kreis",
                "Landratsamt Greiz", "Landratsamt Altenburger Land");
        assertThat(DIRECTORY.all()).allSatisfy(a -> assertThat(AdministrativeCourts.competentFor(a)).isNotNull());
    }

    @Test
    void courtsCarryTheirSeatAndConfirmedAddress() {
        assertThat(AdministrativeCourts.MEININGEN.address())
                .isEqualTo("Justizzentrum Meiningen, Lindenallee 15, 98617 Meiningen");
        assertThat(AdministrativeCourts.WEIMAR.address())
                .isEqualTo("Gerichtszentrum Weimar, Jenaer Straße 2a, 99425 Weimar");
        // postal code not confirmed by a source: the seat stands alone
        assertThat(AdministrativeCourts.GERA.address()).isEqualTo("Justizzentrum Gera, Rudolf-Diener-Straße 1, Gera");
        assertThat(AdministrativeCourts.all()).extracting(AdministrativeCourt::name)
                .containsExactlyInAnyOrder("Verwaltungsgericht Gera", "Verwaltungsgericht Meiningen",
                        "Verwaltungsgericht Weimar");
    }

    @Test
    void anAuthorityOutsideThuringiaHasNoCourt() {
        Authority elsewhere = new Authority("kreis-09162", AuthorityKind.LANDKREIS, "Landratsamt München", "09162",
                "land-bayern", "München", "M", List.of());

        assertThatThrownBy(() -> AdministrativeCourts.competentFor(elsewhere))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("09162");
    }
}
