package de.thueringen.antrag.clerk;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.AuthorityDirectory;
import de.thueringen.antrag.jurisdiction.JurisdictionService;
import de.thueringen.antrag.security.AuthorityMembership;
import de.thueringen.antrag.security.Clerk;
import de.thueringen.antrag.workflow.ProcessTenantMove;

/**
 * A clerk who finds her authority not competent forwards the case to the competent one (§ 3 VwVfG; an act of an
 * authority without competence is unlawful, § 44 VwVfG). In one transaction the case file changes hands (audit
 * trail, message to the citizen) and the running process with its tasks, deadlines and history moves to the other
 * authority's tenant; from then on the forwarding authority has no access.
 */
@Service
public class CaseForwarding {

    static final int MAX_REASON_LENGTH = 2000;
    private static final Collator GERMAN = Collator.getInstance(Locale.GERMAN);

    private final CaseFileService caseFiles;
    private final JurisdictionService jurisdiction;
    private final AuthorityDirectory directory;
    private final AuthorityMembership membership;
    private final ProcessTenantMove tenantMove;

    CaseForwarding(CaseFileService caseFiles, JurisdictionService jurisdiction, AuthorityDirectory directory,
                   AuthorityMembership membership, ProcessTenantMove tenantMove) {
        this.caseFiles = caseFiles;
        this.jurisdiction = jurisdiction;
        this.directory = directory;
        this.membership = membership;
        this.tenantMove = tenantMove;
    }

    /** The authorities a case can be forwarded to, by name. */
    public List<Authority> targets() {
        return directory.all().stream().sorted(Comparator.comparing(Authority::name, GERMAN)).toList();
    }

    /** @throws ClerkApiException with a German message: unknown case, not her authority's, bad target or reason */
    @Transactional
    public Authority forward(String caseNumber, Clerk clerk, String toAuthorityId, String reason) {
        CaseFile caseFile = caseFiles.findByCaseNumber(caseNumber)
                .orElseThrow(() -> ClerkApiException.notFound("Akte nicht gefunden."));
        if (!membership.mayActFor(clerk, caseFile.getAuthorityId())) {
            throw ClerkApiException.forbidden("Keine Berechtigung für diese Akte.");
        }
        Authority target = toAuthorityId == null ? null : jurisdiction.find(toAuthorityId.strip()).orElse(null);
        if (target == null) {
            throw ClerkApiException.invalid("Bitte wählen Sie die Behörde, an die der Vorgang gehen soll.");
        }
        if (target.id().equals(caseFile.getAuthorityId())) {
            throw ClerkApiException.invalid("Der Vorgang liegt bereits bei dieser Behörde.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON_LENGTH) {
            throw ClerkApiException.invalid("Bitte begründen Sie die Weiterleitung (höchstens " + MAX_REASON_LENGTH
                    + " Zeichen).");
        }
        if (caseFile.getClosedAt() != null) {
            throw new ClerkApiException(HttpStatus.CONFLICT, "CASE_CLOSED",
                    "Ein abgeschlossener Vorgang kann nicht weitergeleitet werden.");
        }
        String from = caseFile.getAuthorityId();
        caseFiles.forward(caseFile.getId(), target.id(), target.name(), clerk.userId(), why);
        tenantMove.move(caseFile.getCaseNumber(), from, target.id());
        return target;
    }
}
