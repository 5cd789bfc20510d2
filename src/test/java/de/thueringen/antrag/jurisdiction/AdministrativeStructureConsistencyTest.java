package de.thueringen.antrag.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The data file matches Thüringen's administrative structure (Destatis, see README): 601 municipalities, each with
 * exactly one authority for its municipal matters; every Verwaltungsgemeinschaft and erfüllende Gemeinde exists.
 */
class AdministrativeStructureConsistencyTest {

    private static final AuthorityDirectory DIRECTORY = new AuthorityDirectory();

    private static List<Authority> municipalities() {
        return DIRECTORY.all().stream().filter(Authority::isMunicipality).toList();
    }

    @Test
    void thueringenHas601Municipalities() {
        assertThat(municipalities()).hasSize(601);
        assertThat(municipalities()).extracting(Authority::key).doesNotHaveDuplicates();
        assertThat(municipalities()).filteredOn(m -> m.kind() == AuthorityKind.KREISFREIE_STADT).hasSize(5);
    }

    @Test
    void everyMunicipalityHasExactlyOneActingAuthorityThatExistsInItsKreis() {
        for (Authority municipality : municipalities()) {
            Authority acting = new JurisdictionService(DIRECTORY).actingFor(municipality);
            assertThat(acting.actsItself()).as(municipality.id()).isTrue();
            assertThat(DIRECTORY.actingAuthorities()).as(municipality.id()).contains(acting);
            assertThat(acting.kind()).as(municipality.id())
                    .isIn(AuthorityKind.VERWALTUNGSGEMEINSCHAFT, AuthorityKind.GEMEINDE, AuthorityKind.KREISFREIE_STADT);
            if (acting != municipality) {
                assertThat(acting.key()).as(municipality.id()).startsWith(municipality.key().substring(0, 5));
            }
        }
    }

    @Test
    void theVerbaendeAreComplete() {
        Map<AuthorityKind, Long> actingForOthers = DIRECTORY.actingAuthorities().stream()
                .filter(a -> !DIRECTORY.municipalitiesActedForBy(a.id()).isEmpty())
                .collect(Collectors.groupingBy(Authority::kind, Collectors.counting()));
        // 42 Verwaltungsgemeinschaften and 37 erfüllende Gemeinden
        assertThat(actingForOthers).containsOnly(Map.entry(AuthorityKind.VERWALTUNGSGEMEINSCHAFT, 42L),
                Map.entry(AuthorityKind.GEMEINDE, 37L));
        long inVg = municipalities().stream().filter(m -> m.actingId() != null && m.actingId().startsWith("vg-")).count();
        long assigned = municipalities().stream().filter(m -> m.actingId() != null && m.actingId().startsWith("ags-")).count();
        assertThat(inVg).isEqualTo(365);
        // 126 municipalities in the 37 groups, of which 37 are the erfüllende Gemeinden themselves
        assertThat(assigned).isEqualTo(126 - 37);
        long verbandsfrei = municipalities().stream().filter(m -> m.kind() == AuthorityKind.GEMEINDE && m.actsItself()
                && DIRECTORY.municipalitiesActedForBy(m.id()).isEmpty()).count();
        assertThat(verbandsfrei).isEqualTo(105);
    }

    @Test
    void tenantsAreTheActingAuthoritiesOnly() {
        Set<String> tenants = DIRECTORY.actingAuthorities().stream().map(Authority::id).collect(Collectors.toSet());

        // Land, 17 Landratsämter, 5 kreisfreie Städte, 42 VG, 105 verbandsfreie and 37 erfüllende Gemeinden
        assertThat(tenants).hasSize(1 + 17 + 5 + 42 + 105 + 37)
                .contains("land-thueringen", "kreis-16061", "ags-16051000", "ags-16053000", "ags-16067029",
                        "ags-16063105", "vg-160615001")
                .doesNotContain("ags-16061003");
    }

    @Test
    void everyVerwaltungsgemeinschaftHasASeatAndALandratsamt() {
        for (Authority vg : DIRECTORY.all()) {
            if (vg.kind() == AuthorityKind.VERWALTUNGSGEMEINSCHAFT) {
                assertThat(vg.seat()).as(vg.id()).isNotBlank();
                assertThat(DIRECTORY.byId(vg.parentId())).as(vg.id()).get()
                        .extracting(Authority::kind).isEqualTo(AuthorityKind.LANDKREIS);
                assertThat(DIRECTORY.municipalitiesActedForBy(vg.id())).as(vg.id()).isNotEmpty();
            }
        }
    }

    @Test
    void everyFormerMunicipalityHasAnExistingSuccessorWithItsPostcodes() {
        assertThat(DIRECTORY.successorByFormerAgs()).hasSize(25);
        DIRECTORY.successorByFormerAgs().forEach((former, successor) -> {
            assertThat(DIRECTORY.all()).noneMatch(a -> a.key().equals(former));
            assertThat(DIRECTORY.municipalityByAgs(former)).as(former).get().extracting(Authority::key).isEqualTo(successor);
        });
    }
}
