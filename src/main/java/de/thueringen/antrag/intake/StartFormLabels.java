package de.thueringen.antrag.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/** The German labels of a service's form fields, so submitted data can be shown to clerks as the citizen saw it. */
@Component
public class StartFormLabels {

    private final StartForms startForms;

    StartFormLabels(StartForms startForms) {
        this.startForms = startForms;
    }

    public Map<String, String> of(String processDefinitionId) {
        Map<String, String> labels = new LinkedHashMap<>();
        startForms.of(processDefinitionId).fields().values().forEach(f -> labels.put(f.key(), f.label()));
        return labels;
    }
}
