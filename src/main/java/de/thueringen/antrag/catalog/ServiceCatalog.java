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

    private static final String SERVICE_KEY_PREFIX = "ozg-";

    private final RepositoryService repositoryService;
    private final Map<String, ServiceDefinition> byProcessDefinitionId = new ConcurrentHashMap<>();
    /** All offered services, valid as long as no new deployment arrived (Modeler deploys included). */
    private volatile Snapshot snapshot = new Snapshot(null, List.of());

    private record Snapshot(String latestDeploymentId, List<ServiceDefinition> services) {
    }

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

    /** Every offered service (latest version of each {@code ozg-*} process), ordered by OZG-ID. */
    public List<ServiceDefinition> all() {
        String latestDeployment = latestDeploymentId();
        Snapshot current = snapshot;
        if (latestDeployment != null && latestDeployment.equals(current.latestDeploymentId())) {
            return current.services();
        }
        List<ServiceDefinition> services = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKeyLike(SERVICE_KEY_PREFIX + "%").withoutTenantId().latestVersion().active().list().stream()
                .filter(d -> d.getKey().substring(SERVICE_KEY_PREFIX.length()).matches("\\d{5}"))
                .map(d -> byProcessDefinitionId.computeIfAbsent(d.getId(),
                        id -> read(d.getKey().substring(SERVICE_KEY_PREFIX.length()), d)))
                .sorted(java.util.Comparator.comparing(ServiceDefinition::serviceId))
                .toList();
        snapshot = new Snapshot(latestDeployment, services);
        return services;
    }

    public List<ServiceDefinition> search(CatalogQuery query) {
        return all().stream().filter(query.asPredicate()).toList();
    }

    private String latestDeploymentId() {
        List<org.camunda.bpm.engine.repository.Deployment> latest = repositoryService.createDeploymentQuery()
                .orderByDeploymentTime().desc().listPage(0, 1);
        return latest.isEmpty() ? null : latest.get(0).getId();
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
                // an empty attribute comes back as null; the catalogue treats it as absent
                if (property.getCamundaName() != null && property.getCamundaValue() != null) {
                    result.put(property.getCamundaName(), property.getCamundaValue());
                }
            }
        }
        return result;
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split("[;,]")).map(String::trim).toList();
    }
}
