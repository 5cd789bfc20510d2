package de.thueringen.antrag.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * All authorities and municipalities of Thüringen, read once from {@code jurisdiction/authorities.csv} (the
 * project's own data file, built by {@code src/test/scripts/build_authorities.py} from Destatis and OpenStreetMap
 * data, see README), and the municipalities merged into others since the older data
 * ({@code jurisdiction/former-municipalities.csv}): their AGS, names and postcodes lead to the successor.
 */
@Component
public class AuthorityDirectory {

    private static final String RESOURCE = "/jurisdiction/authorities.csv";
    private static final String FORMER_RESOURCE = "/jurisdiction/former-municipalities.csv";

    private final Map<String, Authority> byId;
    private final Map<String, Authority> municipalityByAgs;
    private final Map<String, List<Authority>> municipalitiesByPostcode;
    private final Map<String, String> successorByFormerAgs;
    private final List<Authority> acting;

    public AuthorityDirectory() {
        this(readAuthorities(), readSuccessors());
    }

    AuthorityDirectory(List<Authority> authorities) {
        this(authorities, Map.of());
    }

    AuthorityDirectory(List<Authority> authorities, Map<String, String> successorByFormerAgs) {
        Map<String, Authority> ids = new LinkedHashMap<>();
        Map<String, Authority> ags = new LinkedHashMap<>();
        Map<String, List<Authority>> postcodes = new TreeMap<>();
        for (Authority authority : authorities) {
            ids.put(authority.id(), authority);
            if (authority.isMunicipality()) {
                ags.put(authority.key(), authority);
                authority.postcodes().forEach(plz -> postcodes.computeIfAbsent(plz, p -> new ArrayList<>()).add(authority));
            }
        }
        postcodes.replaceAll((plz, list) -> List.copyOf(list));
        this.byId = Collections.unmodifiableMap(ids);
        this.municipalityByAgs = Collections.unmodifiableMap(ags);
        this.municipalitiesByPostcode = Collections.unmodifiableMap(postcodes);
        this.successorByFormerAgs = Map.copyOf(successorByFormerAgs);
        this.acting = ids.values().stream().filter(Authority::actsItself).toList();
    }

    public Collection<Authority> all() {
        return byId.values();
    }

    public Optional<Authority> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The authorities that do their own administrative work: the tenants. Member municipalities are not. */
    public List<Authority> actingAuthorities() {
        return acting;
    }

    /** The municipality with this AGS; the AGS of a municipality merged into another leads to its successor. */
    public Optional<Authority> municipalityByAgs(String ags) {
        if (ags == null) {
            return Optional.empty();
        }
        Authority found = municipalityByAgs.get(ags);
        return Optional.ofNullable(found != null ? found : municipalityByAgs.get(successorByFormerAgs.get(ags)));
    }

    /** AGS of municipalities merged into another since the older data, with the AGS of the successor. */
    public Map<String, String> successorByFormerAgs() {
        return successorByFormerAgs;
    }

    /** The municipalities another authority (Verwaltungsgemeinschaft, erfüllende Gemeinde) acts for. */
    public List<Authority> municipalitiesActedForBy(String authorityId) {
        return municipalityByAgs.values().stream().filter(m -> authorityId.equals(m.actingId())).toList();
    }

    /** Municipalities whose area includes the postcode; several where a postcode spans municipalities. */
    public List<Authority> municipalitiesByPostcode(String postcode) {
        return municipalitiesByPostcode.getOrDefault(postcode, List.of());
    }

    private static List<Authority> readAuthorities() {
        return dataLines(RESOURCE).stream().map(AuthorityDirectory::parse).toList();
    }

    private static Map<String, String> readSuccessors() {
        Map<String, String> successors = new LinkedHashMap<>();
        for (String line : dataLines(FORMER_RESOURCE)) {
            String[] f = line.split(",", -1);
            successors.put(f[0], f[2]);
        }
        return successors;
    }

    /** Lines of a data file without comments, blank lines and the header. */
    private static List<String> dataLines(String resource) {
        try (InputStream in = AuthorityDirectory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> result = new ArrayList<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                result.add(line);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file has no quoted fields (names contain no commas), so a plain split is exact. */
    private static Authority parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 10) {
            throw new IllegalStateException("Malformed authority line: " + line);
        }
        return new Authority(f[0], AuthorityKind.valueOf(f[1]), f[2], f[3], blankToNull(f[4]), f[5], f[6],
                list(f[7]), blankToNull(f[8]), list(f[9]));
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(";"));
    }
}
