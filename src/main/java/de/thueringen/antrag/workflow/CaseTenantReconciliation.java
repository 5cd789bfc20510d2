package de.thueringen.antrag.workflow;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the engine in line with the case files after a case changed its authority outside a forwarding: the
 * migration to Thüringen's 2024 structure (Flyway V6) moves the case files of member municipalities to their
 * Verwaltungsgemeinschaft or erfüllende Gemeinde and of merged municipalities to their successor; their processes,
 * tasks and history then follow here, at start, one case per transaction ({@link ProcessTenantMove}). Cases whose
 * process has the authority of the case file already are left alone, so a restart does nothing.
 * <p>
 * A migration step, so it reads the case file table next to the engine's directly instead of loading every case
 * through the case file module.
 */
@Component
class CaseTenantReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(CaseTenantReconciliation.class);

    /** Root process instances (running or finished) whose tenant is not the authority of their case file. */
    private static final String MISPLACED = "select p.BUSINESS_KEY_, p.TENANT_ID_, c.authority_id from ACT_HI_PROCINST p "
            + "join case_file c on c.case_number = p.BUSINESS_KEY_ "
            + "where p.ID_ = p.ROOT_PROC_INST_ID_ and p.TENANT_ID_ is not null and p.TENANT_ID_ <> c.authority_id";

    record Misplaced(String caseNumber, String processTenant, String caseAuthority) {
    }

    private final JdbcTemplate jdbc;
    private final ProcessTenantMove tenantMove;
    private final TransactionTemplate transactions;

    CaseTenantReconciliation(JdbcTemplate jdbc, ProcessTenantMove tenantMove, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.tenantMove = tenantMove;
        this.transactions = transactions;
    }

    @EventListener(ApplicationStartedEvent.class)
    void atStart() {
        int moved = reconcile();
        if (moved > 0) {
            LOG.info("{} case(s) moved to the tenant of their authority", moved);
        }
    }

    /** Moves every misplaced case's process to its case file's authority; answers how many moved. A case that fails is
     * logged and tried again at the next start. */
    int reconcile() {
        List<Misplaced> misplaced = jdbc.query(MISPLACED,
                (row, n) -> new Misplaced(row.getString(1), row.getString(2), row.getString(3)));
        int moved = 0;
        for (Misplaced one : misplaced) {
            try {
                transactions.executeWithoutResult(status ->
                        tenantMove.move(one.caseNumber(), one.processTenant(), one.caseAuthority()));
                LOG.info("Case {}: process moved from {} to {}", one.caseNumber(), one.processTenant(), one.caseAuthority());
                moved++;
            } catch (RuntimeException e) {
                // one case that cannot move must not keep the platform from serving the others; the next start retries
                LOG.error("Case {}: process could not be moved from {} to {}", one.caseNumber(), one.processTenant(),
                        one.caseAuthority(), e);
            }
        }
        return moved;
    }
}
