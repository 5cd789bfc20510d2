package de.thueringen.antrag.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthorityDirectoryTest {

    private static AuthorityDirectory directory;
    private static JurisdictionService jurisdiction;

    @BeforeAll
    static void readDirectory() {
        directory = new AuthorityDirectory();
        jurisdiction = new JurisdictionService(directory);
    }

    private static Authority byId(String id) {
        return directory.byId(id).orElseThrow();
    }

    private static Map<AuthorityKind, Long> countByKind() {
        return directory.all().stream().collect(Collectors.groupingBy(Authority::kind, Collectors.counting()));
    }

    // --- the directory ---------------------------------------------------------------------------------------

    @Test
    void readsAllAuthoritiesOfThueringen() {
        assertThat(directory.all()).hasSize(661);
        assertThat(countByKind()).containsOnly(
                Map.entry(AuthorityKind.LAND, 1L),
                Map.entry(AuthorityKind.LANDKREIS, 17L),
                Map.entry(AuthorityKind.KREISFREIE_STADT, 5L),
                Map.entry(AuthorityKind.VERWALTUNGSGEMEINSCHAFT, 42L),
                Map.entry(AuthorityKind.GEMEINDE, 596L));
    }

    @Test
    void idsAreUnique() {
        List<String> ids = directory.all().stream().map(Authority::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void findsErfurtByAgs() {
        Authority erfurt = directory.municipalityByAgs("16051000").orElseThrow();

        assertThat(erfurt.id()).isEqualTo("ags-16051000");
        assertThat(erfurt.kind()).isEqualTo(AuthorityKind.KREISFREIE_STADT);
        assertThat(erfurt.name()).isEqualTo("Stadt Erfurt");
        assertThat(erfurt.caseNumberPrefix()).isEqualTo("ERF");
        assertThat(erfurt.parentId()).isEqualTo(JurisdictionService.LAND_OFFICE_ID);
        assertThat(erfurt.isMunicipality()).isTrue();
        assertThat(erfurt.clerkGroupId()).isEqualTo("ags-16051000-sachbearbeitung");
        assertThat(erfurt.leadGroupId()).isEqualTo("ags-16051000-leitung");
    }

    @Test
    void eisenachIsAGemeindeOfTheWartburgkreis() {
        Authority eisenach = directory.municipalityByAgs("16063105").orElseThrow();

        assertThat(eisenach.kind()).isEqualTo(AuthorityKind.GEMEINDE);
        assertThat(eisenach.parentId()).isEqualTo("kreis-16063");
        Authority wartburgkreis = byId("kreis-16063");
        assertThat(wartburgkreis.kind()).isEqualTo(AuthorityKind.LANDKREIS);
        assertThat(wartburgkreis.name()).contains("Wartburgkreis");
    }

    @Test
    void theFormerKreisfreieStadtEisenachNoLongerExists() {
        assertThat(directory.all()).noneMatch(a -> a.key().equals("16056") || a.key().startsWith("16056"));
        assertThat(directory.municipalityByAgs("16056000")).isEmpty();
    }

    @Test
    void municipalityLookupIgnoresLandkreiseAndTheLand() {
        assertThat(directory.municipalityByAgs("16063")).isEmpty();
        assertThat(directory.municipalityByAgs("16")).isEmpty();
        assertThat(directory.municipalityByAgs("99999999")).isEmpty();
        assertThat(directory.municipalityByAgs(null)).isEmpty();
    }

    @Test
    void everyCaseNumberPrefixIsUnique() {
        List<String> prefixes = directory.all().stream().map(Authority::caseNumberPrefix).toList();

        assertThat(prefixes).doesNotHaveDuplicates().allSatisfy(prefix -> assertThat(prefix).isNotBlank());
    }

    @Test
    void keysHaveTheLengthOfTheirLevel() {
        for (Authority authority : directory.all()) {
            int expected = switch (authority.kind()) {
                case LAND -> 2;
                case LANDKREIS -> 5;
                case KREISFREIE_STADT, GEMEINDE -> 8;
                case VERWALTUNGSGEMEINSCHAFT -> 9;
            };
            assertThat(authority.key()).as(authority.id()).hasSize(expected).startsWith("16").containsOnlyDigits();
        }
    }

    @Test
    void everyParentExistsOneLevelUp() {
        Map<String, Authority> byId = directory.all().stream().collect(Collectors.toMap(Authority::id, Function.identity()));
        for (Authority authority : directory.all()) {
            switch (authority.kind()) {
                case LAND -> assertThat(authority.parentId()).isNull();
                case LANDKREIS, KREISFREIE_STADT ->
                        assertThat(authority.parentId()).as(authority.id()).isEqualTo(JurisdictionService.LAND_OFFICE_ID);
                case GEMEINDE, VERWALTUNGSGEMEINSCHAFT -> {
                    Authority parent = byId.get(authority.parentId());
                    assertThat(parent).as(authority.id()).isNotNull();
                    assertThat(parent.kind()).isEqualTo(AuthorityKind.LANDKREIS);
                    // the AGS of a Gemeinde (code of a VG) starts with the Kreisschlüssel of its Landkreis
                    assertThat(authority.key()).startsWith(parent.key());
                }
            }
        }
    }

    @Test
    void everyMunicipalityHasPostcodesOfFiveDigits() {
        for (Authority authority : directory.all()) {
            if (authority.isMunicipality()) {
                assertThat(authority.postcodes()).as(authority.id()).isNotEmpty()
                        .allSatisfy(plz -> assertThat(plz).hasSize(5).containsOnlyDigits());
            } else {
                assertThat(authority.postcodes()).as(authority.id()).isEmpty();
            }
        }
    }

    @Test
    void postcode99084IsErfurt() {
        assertThat(directory.municipalitiesByPostcode("99084")).extracting(Authority::id).containsExactly("ags-16051000");
    }

    @Test
    void postcodeSharedByMunicipalitiesReturnsAllOfThem() {
        // 37318 covers many small municipalities in the Eichsfeld
        List<Authority> found = directory.municipalitiesByPostcode("37318");

        assertThat(found).hasSizeGreaterThan(10)
                .extracting(Authority::id)
                .contains("ags-16061001", "ags-16061002", "ags-16061119")
                .doesNotHaveDuplicates();
        assertThat(found).allSatisfy(a -> assertThat(a.postcodes()).contains("37318"));
    }

    @Test
    void unknownPostcodeReturnsNothing() {
        assertThat(directory.municipalitiesByPostcode("10115")).isEmpty();
        assertThat(directory.municipalitiesByPostcode("")).isEmpty();
    }

    @Test
    void authorityListCannotBeModified() {
        assertThatThrownBy(() -> directory.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void postcodeLookupCannotBeModified() {
        AuthorityDirectory own = new AuthorityDirectory(); // never touch the shared instance

        assertThatThrownBy(() -> own.municipalitiesByPostcode("99084").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(own.municipalitiesByPostcode("99084")).hasSize(1);
    }

    @Test
    void directoryCanBeBuiltFromGivenAuthorities() {
        Authority land = new Authority("land", AuthorityKind.LAND, "Land", "16", null, "Weimar", "L", List.of());
        Authority kreis = new Authority("k", AuthorityKind.LANDKREIS, "Kreis", "16999", "land", "X", "K", List.of());
        Authority a = new Authority("a", AuthorityKind.GEMEINDE, "A", "16999001", "k", "A", "A", List.of("12345"));
        Authority b = new Authority("b", AuthorityKind.GEMEINDE, "B", "16999002", "k", "B", "B", List.of("12345", "12346"));

        AuthorityDirectory small = new AuthorityDirectory(List.of(land, kreis, a, b));

        assertThat(small.municipalitiesByPostcode("12345")).containsExactly(a, b);
        assertThat(small.municipalitiesByPostcode("12346")).containsExactly(b);
        assertThat(small.municipalityByAgs("16999")).isEmpty();
        assertThat(small.byId("k")).contains(kreis);
    }

    // --- responsible authority ------------------------------------------------------------------------------

    @Test
    void gemeindeLevelIsTheMunicipalityItselfWhereItActsItself() {
        Authority eisenach = byId("ags-16063105");
        Authority jena = byId("ags-16053000");

        assertThat(jurisdiction.responsibleAuthority(JurisdictionLevel.GEMEINDE, eisenach)).isSameAs(eisenach);
        assertThat(jurisdiction.responsibleAuthority(JurisdictionLevel.GEMEINDE, jena)).isSameAs(jena);
    }

    @Test
    void kreisLevelForAGemeindeIsItsLandratsamt() {
        Authority eisenach = byId("ags-16063105");

        Authority responsible = jurisdiction.responsibleAuthority(JurisdictionLevel.KREIS, eisenach);

        assertThat(responsible.id()).isEqualTo("kreis-16063");
        assertThat(responsible.kind()).isEqualTo(AuthorityKind.LANDKREIS);
    }

    @Test
    void kreisLevelForEveryGemeindeIsALandkreis() {
        for (Authority authority : directory.all()) {
            if (authority.kind() == AuthorityKind.GEMEINDE) {
                assertThat(jurisdiction.responsibleAuthority(JurisdictionLevel.KREIS, authority).kind())
                        .as(authority.id()).isEqualTo(AuthorityKind.LANDKREIS);
            }
        }
    }

    @Test
    void kreisLevelForAKreisfreieStadtIsTheCityItself() {
        Authority jena = directory.municipalityByAgs("16053000").orElseThrow();

        assertThat(jurisdiction.responsibleAuthority(JurisdictionLevel.KREIS, jena)).isSameAs(jena);
        assertThat(jena.name()).isEqualTo("Stadt Jena");
    }

    @Test
    void landLevelIsTheLandesverwaltungsamt() {
        Set<String> responsible = new HashSet<>();
        for (String id : List.of("ags-16063105", "ags-16053000", "ags-16051000")) {
            responsible.add(jurisdiction.responsibleAuthority(JurisdictionLevel.LAND, byId(id)).id());
        }

        assertThat(responsible).containsExactly(JurisdictionService.LAND_OFFICE_ID);
        assertThat(byId(JurisdictionService.LAND_OFFICE_ID).kind()).isEqualTo(AuthorityKind.LAND);
    }

    @Test
    void rejectsALandkreisOrTheLandAsMunicipality() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> jurisdiction.responsibleAuthority(JurisdictionLevel.GEMEINDE, byId("kreis-16063")))
                .withMessageContaining("kreis-16063");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> jurisdiction.responsibleAuthority(JurisdictionLevel.KREIS, byId("kreis-16061")));
        assertThatIllegalArgumentException().isThrownBy(() -> jurisdiction.responsibleAuthority(JurisdictionLevel.LAND,
                byId(JurisdictionService.LAND_OFFICE_ID)));
    }

    @Test
    void requireFailsForUnknownAuthority() {
        assertThatThrownBy(() -> jurisdiction.require("kreis-16056"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("kreis-16056");
        assertThat(jurisdiction.require("kreis-16061").kind()).isEqualTo(AuthorityKind.LANDKREIS);
    }
}
