package de.thueringen.antrag.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules every process in {@code processes/} keeps, checked file by file so a designer sees exactly which
 * file breaks which rule: a start form that exists; every user task with a form, a candidate group of the
 * responsible authority and a due date; every end reached through a notice or documented; nothing unreachable;
 * a diagram shape for every element; the catalogue data of each service.
 */
class ProcessLintTest {

    private static final Map<String, JsonNode> FORMS = DesignerFiles.formsById();
    private static final Set<String> NOTICE_CALLS = Set.of("shared-deliver-notice", "shared-payment");

    static Stream<Path> serviceProcesses() {
        return DesignerFiles.list("processes/services", ".bpmn").stream();
    }

    static Stream<Path> allProcesses() {
        return DesignerFiles.list("processes", ".bpmn").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceProcesses")
    void serviceCarriesItsCatalogueDataAndStartForm(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Process process = single(model.getModelElementsByType(Process.class), file);
        Map<String, String> properties = new java.util.HashMap<>();
        model.getModelElementsByType(CamundaProperty.class)
                .forEach(p -> properties.put(p.getCamundaName(), p.getCamundaValue()));
        String ozgId = properties.get("ozg.id");
        assertThat(process.getId()).as(file + ": process key").isEqualTo("ozg-" + ozgId);
        assertThat(file.getFileName().toString()).as(file + ": file name").startsWith(ozgId + "-");
        for (String required : List.of("ozg.name", "service.name", "ozg.themenfeld", "ozg.lage", "legal.basis",
                "jurisdiction.level", "archetype")) {
            assertThat(properties.get(required)).as(file + ": property " + required).isNotBlank();
        }
        assertThat(properties.get("jurisdiction.level")).as(file.toString()).isIn("GEMEINDE", "KREIS", "LAND", "EXTERN");
        assertThat(properties.get("jurisdiction.place")).as(file + ": property jurisdiction.place").isNotBlank();
        if ("EXTERN".equals(properties.get("jurisdiction.level"))) {
            // the portal links there instead of offering a form
            assertThat(properties.get("competent.body")).as(file + ": property competent.body").isNotBlank();
            assertThat(properties.get("competent.url")).as(file + ": property competent.url").startsWith("https://");
        }
        assertThat(process.isExecutable()).as(file + ": executable").isTrue();
        StartEvent start = single(model.getModelElementsByType(StartEvent.class).stream()
                .filter(s -> s.getParentElement() == process).toList(), file);
        assertThat(start.getCamundaFormRef()).as(file + ": start form").isNotBlank();
        assertThat(FORMS).as(file + ": start form " + start.getCamundaFormRef() + " exists").containsKey(start.getCamundaFormRef());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allProcesses")
    void everyUserTaskHasFormCandidateGroupAndDueDate(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String where = file + ": " + task.getId() + " „" + task.getName() + "“";
            assertThat(task.getName()).as(where + " name").isNotBlank();
            assertThat(task.getCamundaFormRef()).as(where + " form").isNotBlank();
            assertThat(FORMS).as(where + " form exists").containsKey(task.getCamundaFormRef());
            assertThat(task.getCamundaCandidateGroups()).as(where + " candidate group of the authority").contains("${authorityId}");
            assertThat(task.getCamundaDueDate()).as(where + " due date").isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allProcesses")
    void everyElementIsReachableAndDrawn(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> drawn = new HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(drawn).as(file + ": shape of " + node.getId()).contains(node.getId());
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(drawn).as(file + ": edge of " + flow.getId()).contains(flow.getId());
        }
        Set<String> reachable = reachableFromStart(model);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(reachable).as(file + ": " + node.getId() + " „" + node.getName() + "“ is reachable").contains(node.getId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceProcesses")
    void everyEndIsANoticeOrDocumented(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
            String where = file + ": end " + end.getId() + " „" + end.getName() + "“";
            assertThat(end.getName()).as(where + " has a name").isNotBlank();
            boolean afterNotice = end.getIncoming().stream().map(SequenceFlow::getSource).anyMatch(ProcessLintTest::issuesNotice);
            boolean documented = !end.getDocumentations().isEmpty();
            assertThat(afterNotice || documented).as(where + " follows a notice or says why in its documentation").isTrue();
        }
    }

    private static boolean issuesNotice(FlowNode node) {
        if (node instanceof CallActivity call) {
            return NOTICE_CALLS.contains(call.getCalledElement());
        }
        return node instanceof ServiceTask task && "${createNotice}".equals(task.getCamundaDelegateExpression());
    }

    private static Set<String> reachableFromStart(BpmnModelInstance model) {
        Deque<FlowNode> open = new ArrayDeque<>(model.getModelElementsByType(StartEvent.class));
        Set<String> seen = new HashSet<>();
        Collection<BoundaryEvent> boundaries = model.getModelElementsByType(BoundaryEvent.class);
        while (!open.isEmpty()) {
            FlowNode node = open.pop();
            if (!seen.add(node.getId())) {
                continue;
            }
            node.getOutgoing().forEach(flow -> open.push(flow.getTarget()));
            if (node instanceof Activity) {
                boundaries.stream().filter(b -> b.getAttachedTo() == node).forEach(open::push);
            }
            // elements inside a reachable sub-process are reached through its own start event
            if (node instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub) {
                sub.getChildElementsByType(StartEvent.class).forEach(open::push);
            }
        }
        return seen;
    }

    private static <T extends BaseElement> T single(List<T> elements, Path file) {
        assertThat(elements).as(file + ": exactly one").hasSize(1);
        return elements.get(0);
    }

    private static <T extends BaseElement> T single(Collection<T> elements, Path file) {
        return single(new ArrayList<>(elements), file);
    }
}
