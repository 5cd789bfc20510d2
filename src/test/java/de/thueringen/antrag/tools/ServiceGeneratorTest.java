package de.thueringen.antrag.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The generator on a scratch project folder: what it writes, and what it leaves alone. */
class ServiceGeneratorTest {

    private static final CatalogEntry DOG = new CatalogEntry("10160", "Hundehaltung", "Engagement & Hobby", "Tierhaltung",
            List.of("99110009000000"), List.of("2/3", "4"), Map.of("Anmeldung", 2, "Befreiung", 1), "§ 2a Abs. 1 TierSchG");
    private static final CatalogEntry PERMIT = new CatalogEntry("10112", "Baumfällgenehmigung", "Bauen & Wohnen",
            "Wohnen & Umzug", List.of("99089001000000"), List.of("2/3"), Map.of("Erteilung", 3), "");
    private static final String DOG_BPMN = "processes/services/engagement-hobby/10160-hundehaltung.bpmn";
    private static final String DOG_FORM = "forms/services/10160-hundehaltung.form";

    @TempDir
    Path root;

    @BeforeEach
    void projectFolders() throws IOException {
        Files.createDirectories(root.resolve("processes/services"));
        Files.createDirectories(root.resolve("processes/decisions"));
        Files.createDirectories(root.resolve("forms/services"));
    }

    private ServiceGenerator.Result generate(CatalogEntry... entries) throws IOException {
        return new ServiceGenerator(root, false).run(List.of(entries), Overrides.none());
    }

    @Test
    void createsProcessAndStartFormWithTheCatalogueData() throws IOException {
        ServiceGenerator.Result result = generate(DOG);

        assertThat(result.processes()).containsEntry("10160", ServiceGenerator.Outcome.NEW);
        assertThat(result.forms()).containsEntry("10160", ServiceGenerator.Outcome.NEW);
        String xml = read(DOG_BPMN);
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        org.camunda.bpm.model.bpmn.instance.Process process = model.getModelElementById("ozg-10160");
        assertThat(process.getName()).isEqualTo("Hundehaltung");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P365D");
        assertThat(ServiceGenerator.properties(xml))
                .containsEntry("ozg.id", "10160")
                .containsEntry("ozg.name", "Hundehaltung")
                .containsEntry("service.name", "Hundehaltung")
                .containsEntry("ozg.themenfeld", "Engagement & Hobby")
                .containsEntry("ozg.lage", "Tierhaltung")
                .containsEntry("leika.keys", "99110009000000")
                .containsEntry("legal.basis", "§ 2a Abs. 1 TierSchG")
                .containsEntry("jurisdiction.level", "GEMEINDE")
                .containsEntry("archetype", "ANZEIGE")
                .containsEntry("evidence.antragsunterlagen", "optional|Weitere Unterlagen zum Antrag")
                .containsEntry("processing.days", "14")
                .containsKey("generator.checksum");
        StartEvent start = model.getModelElementById("Event_Submitted");
        assertThat(start.getCamundaFormRef()).isEqualTo("form-10160");
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("latest");

        JsonNode form = GeneratorChecksum.JSON.readTree(read(DOG_FORM));
        assertThat(form.path("id").asText()).isEqualTo("form-10160");
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(form.findValuesAsText("key")).containsExactly("firstName", "lastName", "street", "houseNumber",
                "postalCode", "city", "email", "phone", "request", "declarationTruthful");
        assertThat(form.toString()).contains("Zuständig ist Ihre Gemeinde").contains("§ 2a Abs. 1 TierSchG");
    }

    @Test
    void everyUserTaskHasClerksDueDateFormAndEveryElementADiagramShape() throws IOException {
        generate(DOG, PERMIT);
        for (String file : List.of(DOG_BPMN, "processes/services/bauen-wohnen/10112-baumfaellgenehmigung.bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(root.resolve(file).toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaCandidateGroups()).isEqualTo("${authorityId}-sachbearbeitung");
                assertThat(task.getCamundaDueDate()).matches("\\$\\{dateTime\\(\\)\\.plusDays\\(\\d+\\)\\.toDate\\(\\)}");
                assertThat(task.getCamundaFormRef()).startsWith("antrag-");
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
            }
            List<String> shapes = model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()).toList();
            List<String> edges = model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()).toList();
            assertThat(shapes).containsExactlyInAnyOrderElementsOf(
                    model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
            assertThat(edges).containsExactlyInAnyOrderElementsOf(
                    model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
            assertThat(DiagramPreview.overlaps(List.copyOf(model.getModelElementsByType(BpmnShape.class)))).isEmpty();
            assertThat(model.getModelElementsByType(CallActivity.class)).extracting(CallActivity::getCalledElement)
                    .contains("shared-deliver-notice", "shared-payment");
        }
    }

    @Test
    void aFeeTableAddsTheStepGebuehrErmitteln() throws IOException {
        generate(PERMIT);
        assertThat(read("processes/services/bauen-wohnen/10112-baumfaellgenehmigung.bpmn")).doesNotContain("Task_DetermineFee");
        Files.writeString(root.resolve("processes/decisions/fee-10112.dmn"), "<definitions/>");

        ServiceGenerator.Result again = generate(PERMIT);

        assertThat(again.processes()).containsEntry("10112", ServiceGenerator.Outcome.UPDATED);
        BpmnModelInstance model = Bpmn.readModelFromFile(root.resolve("processes/services/bauen-wohnen/10112-baumfaellgenehmigung.bpmn").toFile());
        BusinessRuleTask fee = model.getModelElementById("Task_DetermineFee");
        assertThat(fee.getCamundaDecisionRef()).isEqualTo("fee-10112");
        assertThat(fee.getCamundaMapDecisionResult()).isEqualTo("singleResult");
        assertThat(fee.getCamundaResultVariable()).isEqualTo("feeDecision");
        assertThat(fee.getOutgoing()).extracting(f -> f.getTarget().getId()).containsExactly("Task_Review");
    }

    @Test
    void aSecondRunChangesNothing() throws IOException {
        generate(DOG, PERMIT);
        String before = read(DOG_BPMN) + read(DOG_FORM);

        ServiceGenerator.Result again = generate(DOG, PERMIT);

        assertThat(again.processes().values()).containsOnly(ServiceGenerator.Outcome.UNCHANGED);
        assertThat(again.forms().values()).containsOnly(ServiceGenerator.Outcome.UNCHANGED);
        assertThat(read(DOG_BPMN) + read(DOG_FORM)).isEqualTo(before);
    }

    @Test
    void neverOverwritesAFileTheDesignerChanged() throws IOException {
        generate(DOG);
        String changed = read(DOG_BPMN).replace("name=\"Prüfung der Anzeige\"", "name=\"Anzeige prüfen\"");
        Files.writeString(root.resolve(DOG_BPMN), changed);

        ServiceGenerator.Result again = generate(DOG);

        assertThat(again.processes()).containsEntry("10160", ServiceGenerator.Outcome.SKIPPED);
        assertThat(again.messages()).contains("übersprungen (geändert): " + DOG_BPMN);
        assertThat(read(DOG_BPMN)).isEqualTo(changed);
        assertThat(again.forms()).containsEntry("10160", ServiceGenerator.Outcome.UNCHANGED);
    }

    @Test
    void aHandWrittenFileUnderAnyNameKeepsTheGeneratorAway() throws IOException {
        Files.createDirectories(root.resolve("processes/services/tiere"));
        Files.writeString(root.resolve("processes/services/tiere/10160-hund.bpmn"), "<definitions/>");
        Files.writeString(root.resolve("forms/services/10160-hund-anmelden.form"), "{\"id\": \"form-10160\"}");

        ServiceGenerator.Result result = generate(DOG);

        assertThat(result.processes()).containsEntry("10160", ServiceGenerator.Outcome.SKIPPED);
        assertThat(result.forms()).containsEntry("10160", ServiceGenerator.Outcome.SKIPPED);
        assertThat(root.resolve(DOG_BPMN)).doesNotExist();
        assertThat(root.resolve(DOG_FORM)).doesNotExist();
    }

    @Test
    void aDesignersFormReplacesTheGeneratedOneForTheSameService() throws IOException {
        generate(DOG);
        Files.writeString(root.resolve("forms/services/10160-hund-anmelden.form"), "{\"id\": \"form-10160\"}");

        ServiceGenerator.Result again = generate(DOG);

        assertThat(again.forms()).containsEntry("10160", ServiceGenerator.Outcome.SKIPPED);
        assertThat(root.resolve(DOG_FORM)).as("one start form per service").doesNotExist();
        assertThat(again.messages()).contains("entfernt (Datei des Designers vorhanden): " + DOG_FORM);
    }

    @Test
    void warnsWhenADesignersFormHasAnotherIdThanTheProcessExpects() throws IOException {
        Files.writeString(root.resolve("forms/services/10160-hund.form"), "{\"id\": \"form-hund\"}");

        ServiceGenerator.Result result = generate(DOG);

        assertThat(result.messages()).anyMatch(m -> m.startsWith("WARNUNG: forms/services/10160-hund.form hat die id „form-hund“"));
    }

    @Test
    void aDryRunWritesNothing() throws IOException {
        ServiceGenerator.Result result = new ServiceGenerator(root, true).run(List.of(DOG), Overrides.none());

        assertThat(result.processes()).containsEntry("10160", ServiceGenerator.Outcome.NEW);
        assertThat(root.resolve(DOG_BPMN)).doesNotExist();
    }

    @Test
    void overridesGiveEvidenceNameAndFurtherProperties() throws IOException {
        Path file = root.resolve("overrides.csv");
        Files.writeString(file, """
                # Kommentar
                ozg_id;evidence;processing_days;permit_fields;service_name;archetype
                10160;wesenstest=optional|Wesenstest,chip=required|Chipnachweis;21;dogName:Name des Hundes;Hund anmelden;GENEHMIGUNG
                """);
        new ServiceGenerator(root, false).run(List.of(DOG), Overrides.read(file));

        Map<String, String> properties = ServiceGenerator.properties(read(DOG_BPMN));
        assertThat(properties)
                .containsEntry("service.name", "Hund anmelden")
                .containsEntry("ozg.name", "Hundehaltung")
                .containsEntry("archetype", "GENEHMIGUNG")
                .containsEntry("evidence.wesenstest", "optional|Wesenstest")
                .containsEntry("evidence.chip", "required|Chipnachweis")
                .containsEntry("processing.days", "21")
                .containsEntry("permit.fields", "dogName:Name des Hundes")
                .doesNotContainKey("evidence.antragsunterlagen");
        assertThat(read(DOG_FORM)).contains("**Chipnachweis** (erforderlich)").contains("Wesenstest (falls vorhanden)");
    }

    private String read(String relative) throws IOException {
        return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    }
}
