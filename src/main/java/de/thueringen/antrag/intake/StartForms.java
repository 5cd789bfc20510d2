package de.thueringen.antrag.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The deployed start form of each process definition, parsed once (a deployed version never changes). */
@Component
class StartForms {

    private final FormService formService;
    private final ObjectMapper objectMapper;
    private final Map<String, FormSchema> byProcessDefinitionId = new ConcurrentHashMap<>();

    StartForms(FormService formService, ObjectMapper objectMapper) {
        this.formService = formService;
        this.objectMapper = objectMapper;
    }

    FormSchema of(String processDefinitionId) {
        return byProcessDefinitionId.computeIfAbsent(processDefinitionId, this::load);
    }

    private FormSchema load(String processDefinitionId) {
        try (InputStream form = formService.getDeployedStartForm(processDefinitionId)) {
            return FormSchema.parse(form, objectMapper);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read start form of " + processDefinitionId, e);
        }
    }
}
