package de.thueringen.antrag.workflow;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a case's running process — the service process and every process it called — to another authority's tenant:
 * executions, tasks with their candidate groups, jobs, variables, event subscriptions, incidents, and the whole
 * history, so the old authority no longer sees the case in Tasklist, Cockpit or the history and the new one sees all of
 * it. Camunda 7 has no API to change the tenant of a running instance; these are the engine's tables, changed in the
 * caller's transaction together with the case file.
 * <p>
 * Open tasks lose their assignee (a clerk of the old authority) and the old assignee's task authorizations; their
 * candidate groups {@code <old>-sachbearbeitung} / {@code -leitung} and the authorizations granted to them become the
 * new authority's. Due dates stay: the statutory period
 * runs on.
 */
@Component
public class ProcessTenantMove {

    /** Engine tables keyed by the root process instance. */
    private static final List<String> BY_ROOT = List.of("ACT_RU_EXECUTION", "ACT_RU_JOB", "ACT_GE_BYTEARRAY",
            "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
            "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_OP_LOG", "ACT_HI_INCIDENT",
            "ACT_HI_JOB_LOG", "ACT_HI_EXT_TASK_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT");
    /** Engine tables keyed by (any) process instance of the tree. */
    private static final List<String> BY_INSTANCE = List.of("ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_EVENT_SUBSCR",
            "ACT_RU_INCIDENT", "ACT_RU_EXT_TASK");
    private static final String INSTANCES_OF_ROOT =
            "select ID_ from ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ? and ID_ = PROC_INST_ID_";

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;

    public ProcessTenantMove(JdbcTemplate jdbc, RuntimeService runtimeService) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
    }

    /**
     * Moves the running process of the case (business key = case number) from one authority to the other; does nothing
     * if the case has no running process (then only its history moves).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void move(String caseNumber, String fromAuthorityId, String toAuthorityId) {
        ProcessInstance root = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .rootProcessInstances().list().stream().findFirst().orElse(null);
        String rootId = root != null ? root.getId() : historicRoot(caseNumber);
        if (rootId == null) {
            return;
        }
        List<String> instances = jdbc.queryForList(INSTANCES_OF_ROOT, String.class, rootId);
        // identity links of the open tasks first, while the tasks still carry the old tenant
        for (String instance : instances) {
            jdbc.update("update ACT_RU_IDENTITYLINK set GROUP_ID_ = replace(GROUP_ID_, ?, ?), TENANT_ID_ = ? "
                    + "where TASK_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?) and GROUP_ID_ like ?",
                    fromAuthorityId + "-", toAuthorityId + "-", toAuthorityId, instance, fromAuthorityId + "-%");
            jdbc.update("update ACT_RU_IDENTITYLINK set TENANT_ID_ = ? where TASK_ID_ in "
                    + "(select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?)", toAuthorityId, instance);
            // the per-task authorizations the engine granted to the candidate groups and the old assignee
            jdbc.update("update ACT_RU_AUTHORIZATION set GROUP_ID_ = replace(GROUP_ID_, ?, ?) where RESOURCE_TYPE_ = ? "
                    + "and RESOURCE_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?) and GROUP_ID_ like ?",
                    fromAuthorityId + "-", toAuthorityId + "-", Resources.TASK.resourceType(), instance,
                    fromAuthorityId + "-%");
            jdbc.update("delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? and USER_ID_ is not null "
                    + "and RESOURCE_ID_ in (select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?)",
                    Resources.TASK.resourceType(), instance);
            jdbc.update("update ACT_RU_TASK set ASSIGNEE_ = null where PROC_INST_ID_ = ?", instance);
            for (String table : BY_INSTANCE) {
                jdbc.update("update " + table + " set TENANT_ID_ = ? where PROC_INST_ID_ = ?", toAuthorityId, instance);
            }
        }
        for (String table : BY_ROOT) {
            jdbc.update("update " + table + " set TENANT_ID_ = ? where ROOT_PROC_INST_ID_ = ?", toAuthorityId, rootId);
        }
        // the authority variable of every process of the tree: candidate groups of later tasks are built from it
        for (String instance : instances) {
            if (runtimeService.getVariable(instance, ProcessVariables.AUTHORITY_ID) != null) {
                runtimeService.setVariable(instance, ProcessVariables.AUTHORITY_ID, toAuthorityId);
            }
        }
    }

    private String historicRoot(String caseNumber) {
        List<String> roots = jdbc.queryForList("select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ? "
                + "and ID_ = ROOT_PROC_INST_ID_", String.class, caseNumber);
        return roots.isEmpty() ? null : roots.get(0);
    }
}
