package de.thueringen.antrag.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.casefile.CaseFile;

/**
 * The global listener of every user task (registered by {@link CaseTaskEnginePlugin}, no BPMN change):
 * <ul>
 * <li>on create, the task's description names the case: "ERF-2026-000001 · Bewohnerparkausweis · Erika Mustermann"
 *     (followed by the designer's own description, if any). Plain text set through the API: never evaluated as an
 *     expression, escaped by Tasklist like every text.</li>
 * <li>on create, the filter columns get their values as task variables: {@code caseNumber}, {@value #SERVICE_NAME},
 *     {@code applicantName}. Copies of the case's data, because Tasklist reads a column's variable with the clerk's
 *     rights, and a clerk may read the task (and its variables) but not the process instance; the service process
 *     has no service name at all, and a shared call activity may lack the applicant.</li>
 * <li>on create, the authority's team lead may see and (re)assign the task ({@link LeadTaskAuthorization}).</li>
 * <li>on assignment (also at creation with an assignee), a task assigned to an absent clerk goes to their
 *     substitute ({@link Absences}).</li>
 * </ul>
 */
@Component
class CaseTaskListener {

    static final String SERVICE_NAME = "serviceName";
    static final String APPLICANT_NAME = "applicantName";
    static final String SEPARATOR = " · ";
    private static final Logger LOG = LoggerFactory.getLogger(CaseTaskListener.class);

    private final TaskCases cases;
    private final Absences absences;
    private final Clock clock;

    CaseTaskListener(TaskCases cases, Absences absences, Clock clock) {
        this.cases = cases;
        this.absences = absences;
        this.clock = clock;
    }

    void onCreate(DelegateTask task) {
        Optional<CaseFile> caseFile = cases.of(task);
        caseFile.ifPresent(c -> describe(task, c));
        LeadTaskAuthorization.grant(task);
    }

    void onAssignment(DelegateTask task) {
        String assignee = task.getAssignee();
        String authorityId = task.getTenantId();
        if (assignee == null || authorityId == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(TaskProperties.GERMANY));
        absences.substituteFor(assignee, authorityId, today).ifPresent(substitute -> {
            task.setAssignee(substitute);
            LOG.info("Task {} of {} handed to the substitute of an absent clerk", task.getId(), authorityId);
            cases.audit(cases.of(task), substitute, Absences.AUDIT_ACTION, "Aufgabe „" + task.getName() + "“: "
                    + assignee + " ist abwesend, übernommen von " + substitute + " (Vertretung)");
        });
    }

    private static void describe(DelegateTask task, CaseFile caseFile) {
        String applicant = caseFile.getApplicant() == null ? null : caseFile.getApplicant().fullName();
        task.setDescription(description(caseFile.getCaseNumber(), caseFile.getServiceName(), applicant,
                task.getDescription()));
        setLocal(task, TaskCases.CASE_NUMBER, caseFile.getCaseNumber());
        setLocal(task, SERVICE_NAME, caseFile.getServiceName());
        setLocal(task, APPLICANT_NAME, applicant);
    }

    /** "case number · service · applicant", then the designer's description on a line of its own. */
    static String description(String caseNumber, String serviceName, String applicantName, String designerText) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {caseNumber, serviceName, applicantName}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        String line = String.join(SEPARATOR, parts);
        if (designerText == null || designerText.isBlank() || designerText.startsWith(line)) {
            return line;
        }
        return line + "\n" + designerText;
    }

    private static void setLocal(DelegateTask task, String name, String value) {
        if (value != null) {
            task.setVariableLocal(name, value);
        }
    }
}
