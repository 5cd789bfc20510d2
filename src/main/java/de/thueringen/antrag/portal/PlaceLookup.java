package de.thueringen.antrag.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.AuthorityDirectory;

/**
 * Finds the citizen's municipality from what they type: a postcode (which may span several municipalities) or
 * the name of the place ("Jena", "Stadt Jena", "jena"), including the name of a municipality that has since been
 * merged into another ("Lutter" finds Uder).
 */
@Component
class PlaceLookup {

    static final int MAX_RESULTS = 25;

    private final AuthorityDirectory directory;

    PlaceLookup(AuthorityDirectory directory) {
        this.directory = directory;
    }

    List<Authority> find(String input) {
        if (input == null || input.isBlank() || input.length() > 100) {
            return List.of();
        }
        String trimmed = input.strip();
        if (trimmed.matches("\\d{5}")) {
            return sorted(directory.municipalitiesByPostcode(trimmed));
        }
        String wanted = TextFolding.fold(trimmed);
        if (wanted.length() < 2) {
            return List.of();
        }
        List<Authority> exact = new ArrayList<>();
        List<Authority> starting = new ArrayList<>();
        for (Authority authority : directory.all()) {
            if (!authority.isMunicipality()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(TextFolding.fold(authority.seat()));
            names.add(TextFolding.fold(authority.name()));
            authority.aliases().forEach(alias -> names.add(TextFolding.fold(alias)));
            if (names.stream().anyMatch(wanted::equals)) {
                exact.add(authority);
            } else if (names.stream().anyMatch(n -> n.startsWith(wanted))) {
                starting.add(authority);
            }
        }
        List<Authority> found = exact.isEmpty() ? sorted(starting) : sorted(exact);
        return found.size() > MAX_RESULTS ? found.subList(0, MAX_RESULTS) : found;
    }

    Authority byAgs(String ags) {
        return ags == null ? null : directory.municipalityByAgs(ags).orElse(null);
    }

    private static List<Authority> sorted(List<Authority> authorities) {
        return authorities.stream().sorted(Comparator.comparing(Authority::seat, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
