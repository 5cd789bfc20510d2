package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;

/**
 * Lets a designer mark a step in the citizen's status history from BPMN, e.g. as an execution listener
 * {@code ${caseStatus.record(execution, 'IN_PRUEFUNG')}}. The status names are those of {@link CaseStatus}.
 */
@Component("caseStatus")
public class CaseStatusListener {

    private final CaseFileService caseFiles;

    public CaseStatusListener(CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    public void record(DelegateExecution execution, String status) {
        Long caseId = (Long) execution.getVariable(ProcessVariables.CASE_ID);
        caseFiles.recordStatus(caseId, CaseStatus.valueOf(status), CaseFileService.SYSTEM_ACTOR,
                execution.getCurrentActivityName());
    }
}
