package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.notice.NoticeKind;

/**
 * The designers' element templates ({@code processes/.camunda/element-templates/antragsmanagement.json}) name only
 * things that exist: beans behind the delegate expressions, shared processes behind the call activities, notice
 * kinds and message templates the delegates accept, and variables the shared processes read, set or document.
 */
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of("processes/.camunda/element-templates/antragsmanagement.json");
    private static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
    private static final List<Class<?>> BEANS = List.of(CaseStatusListener.class, RequestPaymentDelegate.class,
            CreateNoticeDelegate.class, SendMessageDelegate.class, CancelPaymentListener.class);

    private static JsonNode templates;
    /** Shared process id → its BPMN text. */
    private static final Map<String, String> SHARED = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        templates = new ObjectMapper().readTree(TEMPLATES.toFile());
        try (Stream<Path> files = Files.list(Path.of("processes/shared"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
                    SHARED.put(process.getId(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void everyTemplateIsACamunda7TemplateWithGermanNameAndUniqueId() {
        assertThat(templates.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode template : templates) {
            assertThat(template.path("$schema").asText()).isEqualTo(SCHEMA);
            assertThat(template.path("name").asText()).isNotBlank();
            assertThat(template.path("description").asText()).as(template.path("name").asText()).isNotBlank();
            assertThat(template.path("appliesTo")).isNotEmpty();
            ids.add(template.path("id").asText());
        }
        assertThat(ids).doesNotHaveDuplicates().contains("de.thueringen.antrag.createNotice",
                "de.thueringen.antrag.sendMessage", "de.thueringen.antrag.requestPayment",
                "de.thueringen.antrag.callSharedPayment", "de.thueringen.antrag.callSharedDocumentRequest",
                "de.thueringen.antrag.callSharedDeliverNotice");
    }

    @Test
    void delegateExpressionsNameExistingBeans() {
        List<String> beans = BEANS.stream().map(c -> "${" + c.getAnnotation(Component.class).value() + "}").toList();
        for (JsonNode property : properties("property", "camunda:delegateExpression")) {
            assertThat(beans).contains(property.path("value").asText());
        }
    }

    @Test
    void callActivitiesCallSharedProcessesWithTheBusinessKeyAndTheVariablesTheyUse() {
        for (JsonNode template : templates) {
            String calledElement = valueOf(template, "property", "calledElement");
            if (calledElement == null) {
                continue;
            }
            String name = template.path("name").asText();
            assertThat(SHARED).as(name + " calls an existing shared process").containsKey(calledElement);
            String bpmn = SHARED.get(calledElement);
            assertThat(valueOf(template, "property", "camunda:calledElementBinding")).isEqualTo("latest");
            assertThat(valueOf(template, "camunda:in:businessKey", null)).as(name + ": business key")
                    .isEqualTo("#{execution.processBusinessKey}");
            for (JsonNode property : template.path("properties")) {
                JsonNode binding = property.path("binding");
                if ("camunda:in".equals(binding.path("type").asText()) && binding.has("target")) {
                    assertThat(bpmn).as(name + ": " + calledElement + " reads " + binding.path("target").asText())
                            .contains(binding.path("target").asText());
                }
                if ("camunda:out".equals(binding.path("type").asText())) {
                    String source = binding.path("source").asText();
                    assertThat(bpmn).as(name + ": " + calledElement + " sets or documents " + source).contains(source);
                }
            }
        }
    }

    @Test
    void noticeKindChoicesAreKindsTheNoticeServiceKnows() {
        List<String> kinds = Arrays.stream(NoticeKind.values()).map(Enum::name).toList();
        List<String> offered = new ArrayList<>();
        for (JsonNode property : templates.findValues("properties").stream().flatMap(p -> stream(p)).toList()) {
            if ("noticeKind".equals(property.path("binding").path("name").asText())
                    || "noticeKind".equals(property.path("binding").path("target").asText())) {
                property.path("choices").forEach(choice -> offered.add(choice.path("value").asText()));
            }
        }
        assertThat(offered).isNotEmpty();
        assertThat(kinds).containsAll(offered);
    }

    @Test
    void messageTemplateChoicesAreExactlyTheCitizenMessages() {
        List<String> offered = new ArrayList<>();
        for (JsonNode property : properties("camunda:inputParameter", "messageTemplate")) {
            property.path("choices").forEach(choice -> offered.add(choice.path("value").asText()));
        }
        assertThat(offered).containsExactlyInAnyOrder(
                Arrays.stream(CitizenMessage.values()).map(Enum::name).toArray(String[]::new));
    }

    private static List<JsonNode> properties(String bindingType, String bindingName) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode template : templates) {
            for (JsonNode property : template.path("properties")) {
                JsonNode binding = property.path("binding");
                if (bindingType.equals(binding.path("type").asText()) && bindingName.equals(binding.path("name").asText())) {
                    result.add(property);
                }
            }
        }
        return result;
    }

    private static String valueOf(JsonNode template, String bindingType, String bindingName) {
        for (JsonNode property : template.path("properties")) {
            JsonNode binding = property.path("binding");
            if (bindingType.equals(binding.path("type").asText())
                    && (bindingName == null || bindingName.equals(binding.path("name").asText()))) {
                return property.path("value").asText();
            }
        }
        return null;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }
}
