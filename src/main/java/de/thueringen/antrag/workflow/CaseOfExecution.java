package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;

/**
 * The case file a delegate or listener acts on, checked against the process instance: the case file's authority must
 * be the execution's tenant. Fails closed — a missing case, a missing tenant or another authority's case stops the
 * step with an incident instead of writing to a case of another authority.
 */
@Component
class CaseOfExecution {

    private final CaseFileService caseFiles;

    CaseOfExecution(CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    CaseFile caseFile(DelegateExecution execution) {
        Object caseId = execution.getVariable(ProcessVariables.CASE_ID);
        if (!(caseId instanceof Number id)) {
            throw new ProcessEngineException("Process instance " + execution.getProcessInstanceId() + " has no case id");
        }
        CaseFile caseFile = caseFiles.require(id.longValue());
        String tenant = execution.getTenantId();
        if (tenant == null || !tenant.equals(caseFile.getAuthorityId())) {
            throw new ProcessEngineException("Case " + caseFile.getCaseNumber() + " belongs to authority "
                    + caseFile.getAuthorityId() + ", not to the tenant " + tenant + " of process instance "
                    + execution.getProcessInstanceId());
        }
        return caseFile;
    }

    Long caseId(DelegateExecution execution) {
        return caseFile(execution).getId();
    }
}
