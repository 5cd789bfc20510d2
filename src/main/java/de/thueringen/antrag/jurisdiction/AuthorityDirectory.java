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
 * All authorities of Thüringen, read once from {@code jurisdiction/authorities.csv} (the project's own
 * data file, derived from Destatis and OpenStreetMap data, see README).
 */
@Component
public class AuthorityDirectory {

    private static final String RESOURCE = "/jurisdiction/authorities.csv";

    private final Map<String, Authority> byId;
    private final Map<String, Authority> municipalityByAgs;
    private final Map<String, List<Authority>> municipalitiesByPostcode;

    public AuthorityDirectory() {
        this(readAuthorities());
    }

    AuthorityDirectory(List<Authority> authorities) {
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
    }

    public Collection<Authority> all() {
        return byId.values();
    }

    public Optional<Authority> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Authority> municipalityByAgs(String ags) {
        return Optional.ofNullable(municipalityByAgs.get(ags));
    }

    /** Municipalities whose area includes the postcode; several where a postcode spans municipalities. */
    public List<Authority> municipalitiesByPostcode(String postcode) {
        return municipalitiesByPostcode.getOrDefault(postcode, List.of());
    }

    private static List<Authority> readAuthorities() {
        try (InputStream in = AuthorityDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Authority> result = new ArrayList<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                result.add(parse(line));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file has no quoted fields (names contain no commas), so a plain split is exact. */
    private static Authority parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 8) {
            throw new IllegalStateException("Malformed authority line: " + line);
        }
        List<String> postcodes = f[7].isEmpty() ? List.of() : Arrays.asList(f[7].split(";"));
        return new Authority(f[0], AuthorityKind.valueOf(f[1]), f[2], f[3], f[4].isEmpty() ? null : f[4], f[5], f[6],
                List.copyOf(postcodes));
    }
}
