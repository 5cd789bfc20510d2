package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;

/**
 * Lets a designer mark a step in the citizen's status history from BPMN, e.g. as an execution listener
 * {@code ${caseStatus.record(execution, 'IN_PRUEFUNG')}}. The status names are those of {@link CaseStatus}.
 */
@ProcessBuildingBlock
@Component("caseStatus")
public class CaseStatusListener {

    private final CaseFileService caseFiles;
    private final CaseOfExecution cases;

    CaseStatusListener(CaseFileService caseFiles, CaseOfExecution cases) {
        this.caseFiles = caseFiles;
        this.cases = cases;
    }

    public void record(DelegateExecution execution, String status) {
        caseFiles.recordStatus(cases.caseId(execution), CaseStatus.valueOf(status), CaseFileService.SYSTEM_ACTOR,
                execution.getCurrentActivityName());
    }
}
