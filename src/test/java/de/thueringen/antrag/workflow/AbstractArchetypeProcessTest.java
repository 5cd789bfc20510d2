package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the four archetype tests share: an in-memory engine with the generated service processes, the real shared
 * call activities ({@code processes/shared/}) and the generic clerk forms; the delegates as Mockito mocks
 * ({@link ProcessTestDelegates}); a fixed clock; and the steps a case goes through from outside the process
 * (submission, clerk decisions, jobs, the citizen's payment and reply).
 */
abstract class AbstractArchetypeProcessTest extends MockedDelegatesProcessTest {

    static final String SHARED_PAYMENT = "processes/shared/gebuehr-erheben.bpmn";
    static final String SHARED_DOCUMENT_REQUEST = "processes/shared/unterlagen-nachfordern.bpmn";
    static final String SHARED_DELIVER_NOTICE = "processes/shared/bescheid-zustellen.bpmn";
    static final String FORMAL_CHECK_FORM = "forms/tasks/antrag-formelle-pruefung.form";
    static final String REVIEW_FORM = "forms/tasks/antrag-sachliche-pruefung.form";
    static final String ENTITLEMENT_FORM = "forms/tasks/antrag-anspruchspruefung.form";
    static final String DECISION_FORM = "forms/tasks/antrag-entscheidung.form";
    static final String SECOND_OPINION_FORM = "forms/tasks/antrag-zweitpruefung.form";
    static final String NOTIFICATION_FORM = "forms/tasks/antrag-anzeige-pruefung.form";
    static final String CERTIFICATE_FORM = "forms/tasks/antrag-bescheinigung.form";

    static final String PAYMENT_RECEIVED = "ZahlungEingegangen";
    static final String DOCUMENTS_RECEIVED = "NachforderungBeantwortet";
    static final String AUTHORITY = "ags-16051000";
    static final String CLERKS = AUTHORITY + "-sachbearbeitung";
    static final long CASE_ID = 4711L;
    static final ObjectMapper JSON = new ObjectMapper();

    private int caseCounter;

    // ------------------------------------------------------------------------------------------------ submission

    /** Starts the service as the intake does: platform variables, the applicant, the request and extra form data. */
    ProcessInstance submit(String serviceId, Map<String, Object> formData) {
        String caseNumber = caseNumber();
        VariableMap variables = Variables.createVariables()
                .putValue("caseId", CASE_ID + caseCounter)
                .putValue("caseNumber", caseNumber)
                .putValue("authorityId", AUTHORITY)
                .putValue("ags", "16051000")
                .putValue("serviceId", serviceId)
                .putValue("applicantName", "Erika Mustermann")
                .putValue("firstName", "Erika")
                .putValue("lastName", "Mustermann")
                .putValue("street", "Anger")
                .putValue("houseNumber", "1")
                .putValue("postalCode", "99084")
                .putValue("city", "Erfurt")
                .putValue("request", "Bitte um Bearbeitung meines Antrags.")
                .putValue("declarationTruthful", true);
        variables.putAll(formData);
        ProcessInstance pi = extension.getRuntimeService().startProcessInstanceByKey("ozg-" + serviceId, caseNumber, variables);
        BpmnAwareTests.assertThat(pi).isStarted().isNotEnded();
        return pi;
    }

    ProcessInstance submit(String serviceId) {
        return submit(serviceId, Map.of());
    }

    /**
     * Starts the service with the start variables the intake adds from the process properties: the statutory
     * processing period ({@code processingDeadline}, {@code processingDays}; {@link ProcessingDeadline}).
     */
    ProcessInstance submitWithProcessingPeriod(String serviceId, Map<String, Object> formData) {
        Map<String, Object> variables = new HashMap<>(formData);
        variables.putAll(ProcessingDeadline.startVariables(processProperties(serviceId), ClockUtil.getCurrentTime().toInstant()));
        return submit(serviceId, variables);
    }

    /** The catalogue properties of the deployed service process. */
    Map<String, String> processProperties(String serviceId) {
        String definitionId = extension.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("ozg-" + serviceId).latestVersion().singleResult().getId();
        Map<String, String> properties = new LinkedHashMap<>();
        extension.getRepositoryService().getBpmnModelInstance(definitionId)
                .getModelElementsByType(CamundaProperty.class)
                .forEach(p -> properties.putIfAbsent(p.getCamundaName(), p.getCamundaValue()));
        return properties;
    }

    private String caseNumber() {
        caseCounter++;
        return String.format("ERF-2025-%06d", caseCounter);
    }

    // ------------------------------------------------------------------------------------------------ clerk

    /** Completes the clerk task the main process waits in, after checking it is the expected one. */
    void complete(ProcessInstance pi, String taskKey, Object... nameValuePairs) {
        Task task = taskOf(pi);
        assertThat(task).as("waiting for " + taskKey).isNotNull();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        extension.getTaskService().complete(task.getId(), pairs(nameValuePairs));
    }

    private static Map<String, Object> pairs(Object... nameValuePairs) {
        VariableMap map = Variables.createVariables();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            map.putValue((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return map;
    }

    Task taskOf(ProcessInstance pi) {
        return extension.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    /** The task is offered to the authority's clerks, unassigned, due after the given days, with the given form. */
    void assertClerkTask(ProcessInstance pi, String taskKey, String formKey, int dueDays) throws IOException {
        assertClerkTask(pi, taskKey, formKey, Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(dueDays))));
    }

    /**
     * The task is offered to the authority's clerks, unassigned, due at the given time, with a follow-up date between
     * now and the due date, and with the given form.
     */
    void assertClerkTask(ProcessInstance pi, String taskKey, String formKey, Date due) throws IOException {
        Task task = taskOf(pi);
        BpmnAwareTests.assertThat(task)
                .hasDefinitionKey(taskKey)
                .hasCandidateGroup(CLERKS)
                .isNotAssigned()
                .hasDueDate(due);
        assertThat(task.getFollowUpDate()).as("follow-up date of " + taskKey).isNotNull()
                .isBeforeOrEqualTo(task.getDueDate()).isAfterOrEqualTo(ClockUtil.getCurrentTime());
        CamundaFormRef formRef = extension.getFormService().getTaskFormData(task.getId()).getCamundaFormRef();
        assertThat(formRef.getKey()).isEqualTo(formKey);
        assertThat(formRef.getBinding()).isEqualTo("latest");
        try (InputStream form = extension.getFormService().getDeployedTaskForm(task.getId())) {
            JsonNode json = JSON.readTree(form);
            assertThat(json.path("id").asText()).isEqualTo(formKey);
            assertThat(json.path("schemaVersion").asInt()).isEqualTo(16);
        }
    }

    /** The generated start form is deployed, bound as "latest" and asks for the request (generic form). */
    void assertStartForm(String serviceId, String... keys) throws IOException {
        String definitionId = extension.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("ozg-" + serviceId).singleResult().getId();
        CamundaFormRef formRef = extension.getFormService().getStartFormData(definitionId).getCamundaFormRef();
        assertThat(formRef.getKey()).isEqualTo("form-" + serviceId);
        assertThat(formRef.getBinding()).isEqualTo("latest");
        try (InputStream form = extension.getFormService().getDeployedStartForm(definitionId)) {
            assertThat(JSON.readTree(form).findValuesAsText("key")).contains(keys);
        }
    }

    // ------------------------------------------------------------------------------------------------ outside world

    /** Runs every job that is due, also in the called processes, until none is left. */
    void runJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = extension.getManagementService().createJobQuery().executable().active().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                extension.getManagementService().executeJob(job.getId());
            }
        }
        throw new IllegalStateException("jobs keep coming");
    }

    /** Completes the task the main process waits in as the given clerk, logged in as in Tasklist. */
    void completeAs(String userId, ProcessInstance pi, String taskKey, Object... nameValuePairs) {
        extension.getIdentityService().setAuthenticatedUserId(userId);
        try {
            complete(pi, taskKey, nameValuePairs);
        } finally {
            extension.getIdentityService().clearAuthentication();
        }
    }

    /** A moment {@code days} days from the start of the test ({@link #NOW}), in German time. */
    static Date daysAfterStart(long days) {
        return Date.from(NOW.atZone(ZoneId.of("Europe/Berlin")).plusDays(days).toInstant());
    }

    void daysPass(int days) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days))));
        runJobs();
    }

    /** As the payment service does it: the message to the business key (= case number). */
    void citizenPays(ProcessInstance pi) {
        extension.getRuntimeService().createMessageCorrelation(PAYMENT_RECEIVED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlateWithResult();
    }

    /** As the intake does it when the citizen uploads what was asked for. */
    void citizenReplies(ProcessInstance pi) {
        extension.getRuntimeService().createMessageCorrelation(DOCUMENTS_RECEIVED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlateWithResult();
    }

    /** Runs the payment request, then the citizen pays. */
    void feeIsRequestedAndPaid(ProcessInstance pi) {
        BpmnAwareTests.assertThat(pi).isWaitingAt("Activity_Payment");
        runJobs();
        citizenPays(pi);
    }

    /** Runs the payment request; nobody pays, the reminder (10 days) and the final period (7 days) pass. */
    void feeIsRequestedAndNotPaid(ProcessInstance pi) {
        BpmnAwareTests.assertThat(pi).isWaitingAt("Activity_Payment");
        runJobs();
        daysPass(10);
        daysPass(7);
    }

    /** The single running instance of a called process, e.g. shared-payment. */
    ProcessInstance called(String processKey) {
        return extension.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).singleResult();
    }

    Object variable(ProcessInstance pi, String name) {
        return extension.getRuntimeService().getVariable(pi.getId(), name);
    }

    Object calledVariable(String processKey, String name) {
        return variable(called(processKey), name);
    }

    /** What the fee table gives for these inputs, so the test does not repeat the table's figures. */
    Object feeFromTable(String decisionKey, Map<String, Object> inputs) {
        return extension.getDecisionService().evaluateDecisionTableByKey(decisionKey).variables(inputs).evaluate()
                .getSingleResult().getEntry("feeAmount");
    }

    List<String> noticeKinds() {
        return delegates.noticeKinds();
    }

    /** What the first notice of this kind read (rejectionReason, feeAmount, …). */
    Map<String, Object> notice(String kind) {
        return delegates.notices.stream().filter(n -> n.kind().equals(kind)).findFirst()
                .map(ProcessTestDelegates.IssuedNotice::read).orElseThrow(() -> new AssertionError("no notice " + kind));
    }
}
