package de.thueringen.antrag.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/** The generator on a scratch project folder: what it writes, and what it leaves alone. */
class ServiceGeneratorTest {

    private static final CatalogEntry DOG = new CatalogEntry("10160", "Hundehaltung", "Engagement & Hobby", "Tierhaltung",
            List.of("99110009000000"), List.of("2/3", "4"), Map.of("Anmeldung", 2, "Befreiung", 1), "§ 2a Abs. 1 TierSchG");
    private static final CatalogEntry PERMIT = new CatalogEntry("10112", "Baumfällgenehmigung", "Bauen & Wohnen",
            "Wohnen & Umzug", List.of("99089001000000"), List.of("2/3"), Map.of("Erteilung", 3), "");
    private static final CatalogEntry CHILD_BENEFIT = new CatalogEntry("10005", "Kindergeld", "Familie & Kind", "Geburt",
            List.of("99041008000000"), List.of("1", "2/3"), Map.of("Bewilligung", 1), "§ 62 EStG");
    private static final JurisdictionTable TABLE = new JurisdictionTable(List.of(
            new JurisdictionTable.Row("10160", "Hundehaltung", JurisdictionLevel.GEMEINDE, "", "", "HALTUNGSORT",
                    "§ 1 ThürKAG, Hundesteuersatzung"),
            new JurisdictionTable.Row("10112", "Baumfällgenehmigung", JurisdictionLevel.GEMEINDE, "", "", "GRUNDSTUECK",
                    "Baumschutzsatzung der Gemeinde"),
            new JurisdictionTable.Row("10005", "Kindergeld", JurisdictionLevel.EXTERN, "Familienkasse",
                    "https://www.arbeitsagentur.de/familie-und-kinder", "WOHNSITZ", "§ 67 EStG")));
    private static final String DOG_BPMN = "processes/services/engagement-hobby/10160-hundehaltung.bpmn";
    private static final String PERMIT_BPMN = "processes/services/bauen-wohnen/10112-baumfaellgenehmigung.bpmn";
    /** The formal check after a fixed period; every later step from the statutory processing period. */
    private static final String DUE_DATE = "\\$\\{(dateTime\\(\\)\\.plusDays\\(3\\)\\.toDate\\(\\)"
            + "|deadlines\\.atDeadline\\(execution, \\d+\\)|deadlines\\.beforeDeadline\\(execution, \\d+, \\d+\\))}";
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
        return new ServiceGenerator(root, false).run(List.of(entries), Overrides.none(), TABLE);
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
                .containsEntry("jurisdiction.place", "HALTUNGSORT")
                .containsEntry("jurisdiction.source", "§ 1 ThürKAG, Hundesteuersatzung")
                .doesNotContainKeys("competent.body", "competent.url")
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
                assertThat(task.getCamundaDueDate()).as(task.getId()).matches(DUE_DATE);
                assertThat(task.getCamundaFollowUpDate()).as(task.getId())
                        .matches("\\$\\{(dateTime\\(\\)\\.plusDays\\(\\d+\\)\\.toDate\\(\\)|deadlines\\.daysBefore\\(.+, 2\\))}");
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
        ServiceGenerator.Result result = new ServiceGenerator(root, true).run(List.of(DOG), Overrides.none(), TABLE);

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
        new ServiceGenerator(root, false).run(List.of(DOG), Overrides.read(file), TABLE);

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

    @Test
    void theLaterStepsAreDueFromTheProcessingPeriodAndTheFormalCheckAfterThreeDays() throws IOException {
        generate(PERMIT);
        BpmnModelInstance model = Bpmn.readModelFromFile(root.resolve(PERMIT_BPMN).toFile());
        assertThat(((UserTask) model.getModelElementById("Task_FormalCheck")).getCamundaDueDate())
                .isEqualTo("${dateTime().plusDays(3).toDate()}");
        assertThat(((UserTask) model.getModelElementById("Task_FormalCheck")).getCamundaFollowUpDate())
                .isEqualTo("${dateTime().plusDays(2).toDate()}");
        assertThat(((UserTask) model.getModelElementById("Task_Review")).getCamundaDueDate())
                .isEqualTo("${deadlines.beforeDeadline(execution, 2, 7)}");
        assertThat(((UserTask) model.getModelElementById("Task_Review")).getCamundaFollowUpDate())
                .isEqualTo("${deadlines.daysBefore(deadlines.beforeDeadline(execution, 2, 7), 2)}");
        assertThat(((UserTask) model.getModelElementById("Task_Decision")).getCamundaDueDate())
                .isEqualTo("${deadlines.atDeadline(execution, 3)}");
        assertThat(ServiceGenerator.properties(read(PERMIT_BPMN))).containsEntry("processing.days", "30")
                .doesNotContainKeys("deemed.approval", "four.eyes");
        assertThat((Object) model.getModelElementById("Activity_Processing")).as("no deemed approval by default").isNull();
        assertThat((Object) model.getModelElementById("Task_SecondOpinion")).as("no four eyes by default").isNull();
    }

    @Test
    void aDeemedApprovalPutsTheProcessingIntoASubProcessWithAnInterruptingTimer() throws IOException {
        Overrides overrides = overrides("10112;P3M;baumart=eiche|buche;");
        new ServiceGenerator(root, false).run(List.of(PERMIT), overrides, TABLE);

        String xml = read(PERMIT_BPMN);
        assertThat(ServiceGenerator.properties(xml)).containsEntry("deemed.approval", "P3M")
                .containsEntry("deemed.approval.when", "baumart=eiche|buche");
        BpmnModelInstance model = Bpmn.readModelFromFile(root.resolve(PERMIT_BPMN).toFile());
        SubProcess processing = model.getModelElementById("Activity_Processing");
        assertThat(processing.getName()).isEqualTo("Bearbeitung in der Entscheidungsfrist");
        assertThat(listeners(processing)).containsExactly("start:${deemedApproval.start(execution)}");
        assertThat(processing.getChildElementsByType(FlowNode.class)).extracting(FlowNode::getId)
                .contains("Task_Review", "Activity_RequestDocumentsReview", "Activity_Payment", "Task_Decision",
                        "Event_ReviewFailed", "Event_NotPaid", "Event_Decided")
                .doesNotContain("Task_FormalCheck", "Activity_NoticeApproval", "Activity_NoticeRejection");
        BoundaryEvent timer = model.getModelElementById("Event_DeemedApproval");
        assertThat(timer.getAttachedTo()).isSameAs(processing);
        assertThat(timer.cancelActivity()).isTrue();
        assertThat(timer.getChildElementsByType(TimerEventDefinition.class).iterator().next().getTimeDate().getTextContent())
                .isEqualTo("${deemedApproval.due(execution)}");
        assertThat(timer.getOutgoing()).extracting(f -> f.getTarget().getId()).containsExactly("Activity_NoticeDeemedApproval");
        assertThat(xml).contains("<camunda:in sourceExpression=\"DEEMED_APPROVAL\" target=\"noticeKind\"/>");
        assertThat(listeners(model.getModelElementById("Activity_RequestDocumentsReview"))).containsExactly(
                "start:${deemedApproval.pause(execution)}", "end:${deemedApproval.resume(execution)}",
                "end:${execution.setVariable('documentsMissing', false)}");
        assertThat(listeners(model.getModelElementById("Activity_RequestDocuments"))).as("before the period starts").isEmpty();
        EndEvent certificate = model.getModelElementById("Event_DeemedApproved");
        assertThat(certificate.getName()).isEqualTo("Genehmigung gilt als erteilt");
        assertThat(DiagramPreview.overlaps(List.copyOf(model.getModelElementsByType(BpmnShape.class)))).isEmpty();

        ServiceGenerator.Result again = new ServiceGenerator(root, false).run(List.of(PERMIT), overrides, TABLE);
        assertThat(again.processes()).as("the same file on every run").containsEntry("10112", ServiceGenerator.Outcome.UNCHANGED);
    }

    @Test
    void fourEyesAddTheSecondOpinionAfterTheDecision() throws IOException {
        new ServiceGenerator(root, false).run(List.of(PERMIT), overrides("10112;;;true"), TABLE);

        BpmnModelInstance model = Bpmn.readModelFromFile(root.resolve(PERMIT_BPMN).toFile());
        UserTask decision = model.getModelElementById("Task_Decision");
        UserTask second = model.getModelElementById("Task_SecondOpinion");
        assertThat(decision.getCamundaDueDate()).isEqualTo("${deadlines.beforeDeadline(execution, 1, 3)}");
        assertThat(taskListeners(decision)).containsExactly("complete:${fourEyes.recordDecision(task)}");
        assertThat(decision.getOutgoing()).extracting(f -> f.getTarget().getId()).containsExactly("Task_SecondOpinion");
        assertThat(second.getName()).isEqualTo("Zweitprüfung (Vier-Augen-Prinzip)");
        assertThat(second.getCamundaFormRef()).isEqualTo("antrag-zweitpruefung");
        assertThat(second.getCamundaCandidateGroups()).isEqualTo("${authorityId}-sachbearbeitung");
        assertThat(second.getCamundaDueDate()).isEqualTo("${deadlines.atDeadline(execution, 2)}");
        assertThat(taskListeners(second)).containsExactly("assignment:${fourEyes.checkAssignee(task)}",
                "complete:${fourEyes.checkSecondOpinion(task)}");
        ExclusiveGateway agrees = model.getModelElementById("Gateway_SecondOpinion");
        assertThat(agrees.getOutgoing()).extracting(f -> f.getTarget().getId())
                .containsExactlyInAnyOrder("Gateway_Approved", "Task_Decision");
        assertThat(ServiceGenerator.properties(read(PERMIT_BPMN))).containsEntry("four.eyes", "true");
    }

    @Test
    void deemedApprovalOnlyForPermitsAndFourEyesOnlyWhereSomeoneDecides() throws IOException {
        assertThatThrownBy(() -> new ServiceGenerator(root, true).run(List.of(DOG), overrides("10160;P3M;;"), TABLE))
                .hasMessageContaining("deemed.approval needs the archetype GENEHMIGUNG");
        assertThatThrownBy(() -> new ServiceGenerator(root, true).run(List.of(DOG), overrides("10160;;;true"), TABLE))
                .hasMessageContaining("four.eyes needs a decision task");
        assertThatThrownBy(() -> new ServiceGenerator(root, true).run(List.of(PERMIT), overrides("10112;3 Monate;;"), TABLE))
                .hasMessageContaining("no ISO-8601 period");
        assertThatThrownBy(() -> new ServiceGenerator(root, true).run(List.of(PERMIT), overrides("10112;;baumart=eiche;"), TABLE))
                .hasMessageContaining("deemed.approval.when without deemed.approval");
        assertThatThrownBy(() -> new ServiceGenerator(root, true).run(List.of(PERMIT), overrides("10112;P3M;baumart;"), TABLE))
                .hasMessageContaining("is not field=value");
        assertThatThrownBy(() -> new ServiceGenerator(root, true).run(List.of(PERMIT), overrides("10112;;;ja"), TABLE))
                .hasMessageContaining("four.eyes must be true or false");
    }

    @Test
    void anExternalServiceNamesTheCompetentBodyAndItsOnlineService() throws IOException {
        generate(CHILD_BENEFIT);

        String xml = read("processes/services/familie-kind/10005-kindergeld.bpmn");
        assertThat(ServiceGenerator.properties(xml))
                .containsEntry("jurisdiction.level", "EXTERN")
                .containsEntry("competent.body", "Familienkasse")
                .containsEntry("competent.url", "https://www.arbeitsagentur.de/familie-und-kinder")
                .containsEntry("jurisdiction.place", "WOHNSITZ")
                .containsEntry("jurisdiction.source", "§ 67 EStG");
        assertThat(read("forms/services/10005-kindergeld.form")).contains("Zuständig ist Familienkasse");
    }

    @Test
    void aServiceWithoutRowInTheAssignmentTableStopsTheGenerator() {
        CatalogEntry unknown = new CatalogEntry("10999", "Unbekannte Leistung", "Querschnitt", "Querschnitt",
                List.of(), List.of("2/3"), Map.of(), "");
        assertThatThrownBy(() -> generate(unknown)).hasMessageContaining("10999 has no row in");
    }

    @Test
    void theLevelCannotBeOverriddenBesideTheReviewedTable() throws IOException {
        Path file = root.resolve("overrides.csv");
        Files.writeString(file, "ozg_id;jurisdiction_level\n10160;LAND\n");
        assertThatThrownBy(() -> Overrides.read(file)).hasMessageContaining("belongs in");
    }

    private Overrides overrides(String row) throws IOException {
        Path file = root.resolve("overrides.csv");
        Files.writeString(file, "ozg_id;deemed_approval;deemed_approval_when;four_eyes\n" + row + "\n");
        return Overrides.read(file);
    }

    private static List<String> listeners(BaseElement element) {
        return element.getExtensionElements() == null ? List.of() : element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaExecutionListener.class).list().stream()
                .map(l -> l.getCamundaEvent() + ":" + l.getCamundaExpression()).toList();
    }

    private static List<String> taskListeners(UserTask task) {
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                .map(l -> l.getCamundaEvent() + ":" + l.getCamundaExpression()).toList();
    }

    private String read(String relative) throws IOException {
        return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    }
}
