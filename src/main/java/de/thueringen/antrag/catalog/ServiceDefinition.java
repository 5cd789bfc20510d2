package de.thueringen.antrag.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/**
 * A service as its process declares it.
 *
 * @param serviceId           the OZG-ID, e.g. "10173"
 * @param processDefinitionId the deployed version this entry was read from
 */
public record ServiceDefinition(String serviceId, String name, String ozgName, String topic, String situation,
                                List<String> leikaKeys, String legalBasis, JurisdictionLevel level,
                                String archetype, List<EvidenceRequirement> evidence,
                                String processDefinitionKey, String processDefinitionId,
                                Map<String, String> properties) {

    /**
     * Fields of the issued permit, from the property {@code permit.fields}
     * ({@code formKey:Label,formKey:Label}); the order is that of the property.
     */
    public Map<String, String> permitFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        String declared = properties.get("permit.fields");
        if (declared != null) {
            for (String pair : declared.split(",")) {
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    fields.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
                }
            }
        }
        return fields;
    }

    /**
     * Whether a body outside this platform executes the service ({@code jurisdiction.level=EXTERN}): the service is
     * listed and explained, but no application is accepted and no process is started.
     */
    public boolean isExternal() {
        return !level.isExecutedHere();
    }

    /** The external body that is competent ({@code competent.body}); null unless {@link #isExternal()}. */
    public String competentBody() {
        return properties.get("competent.body");
    }

    /** That body's online service ({@code competent.url}); null unless {@link #isExternal()}. */
    public String competentUrl() {
        return properties.get("competent.url");
    }

    /**
     * The place that decides competence ({@code jurisdiction.place}: WOHNSITZ, GRUNDSTUECK, BETRIEBSSTAETTE …).
     */
    public String jurisdictionPlace() {
        return properties.get("jurisdiction.place");
    }

    /** {@link #jurisdictionPlace()} as the portal asks for it and intake routes by it. */
    public PlaceOfMatter placeOfMatter() {
        return PlaceOfMatter.of(jurisdictionPlace());
    }

    /** Why the level (and body) was chosen: norm, LeiKa type, or "unsicher: …" ({@code jurisdiction.source}). */
    public String jurisdictionSource() {
        return properties.get("jurisdiction.source");
    }

    public static String processKeyOf(String serviceId) {
        return "ozg-" + serviceId;
    }
}
