package de.thueringen.antrag.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/**
 * Reads services from the deployed process definitions. Entries are cached per process definition id, so a
 * new deployment (new id) is picked up by the next lookup without any refresh step.
 */
@Service
public class ServiceCatalog {

    private static final String EVIDENCE_PREFIX = "evidence.";

    private final RepositoryService repositoryService;
    private final Map<String, ServiceDefinition> byProcessDefinitionId = new ConcurrentHashMap<>();

    public ServiceCatalog(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The latest deployed version of the service, if it is offered. */
    public Optional<ServiceDefinition> find(String serviceId) {
        if (serviceId == null || !serviceId.matches("\\d{5}")) {
            return Optional.empty();
        }
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ServiceDefinition.processKeyOf(serviceId))
                .withoutTenantId()
                .latestVersion()
                .singleResult();
        if (latest == null || latest.isSuspended()) {
            return Optional.empty();
        }
        return Optional.of(byProcessDefinitionId.computeIfAbsent(latest.getId(), id -> read(serviceId, latest)));
    }

    private ServiceDefinition read(String serviceId, ProcessDefinition definition) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        Process process = model.getModelElementById(definition.getKey());
        Map<String, String> properties = properties(process);
        List<EvidenceRequirement> evidence = new ArrayList<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(EVIDENCE_PREFIX)) {
                evidence.add(EvidenceRequirement.parse(name.substring(EVIDENCE_PREFIX.length()), value));
            }
        });
        return new ServiceDefinition(serviceId,
                properties.getOrDefault("service.name", definition.getName()),
                properties.getOrDefault("ozg.name", definition.getName()),
                properties.get("ozg.themenfeld"),
                properties.get("ozg.lage"),
                split(properties.get("leika.keys")),
                properties.get("legal.basis"),
                JurisdictionLevel.valueOf(properties.getOrDefault("jurisdiction.level", "GEMEINDE")),
                properties.get("archetype"),
                List.copyOf(evidence),
                definition.getKey(),
                definition.getId(),
                Map.copyOf(properties));
    }

    private static Map<String, String> properties(Process process) {
        Map<String, String> result = new LinkedHashMap<>();
        if (process.getExtensionElements() == null) {
            return result;
        }
        for (CamundaProperties group : process.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : group.getCamundaProperties()) {
                result.put(property.getCamundaName(), property.getCamundaValue());
            }
        }
        return result;
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split("[;,]")).map(String::trim).toList();
    }
}
