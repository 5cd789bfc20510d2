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

    public static String processKeyOf(String serviceId) {
        return "ozg-" + serviceId;
    }
}
