package de.thueringen.antrag.payment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.JurisdictionService;
import de.thueringen.antrag.security.Clerk;
import de.thueringen.antrag.security.AuthorityMembership;
import de.thueringen.antrag.web.ApiController;
import de.thueringen.antrag.web.ApiProblem;

/**
 * {@code GET /api/v1/reports/payments?authority=<id>&date=YYYY-MM-DD}: the payments of one authority on one day
 * (requested, paid or refunded that day, German time) as CSV for the cash office (Kasse). Only the authority's cash
 * office (group {@code <authority>-kasse}) and administrators: payments name citizens' cases, and clerks have no
 * business with the books. 401 without login (Spring Security, security.WebSecurity), 403 for everyone else.
 */
@ApiController
class PaymentReportController {

    private final PaymentService payments;
    private final CaseFileService caseFiles;
    private final JurisdictionService jurisdiction;
    private final AuthorityMembership membership;

    PaymentReportController(PaymentService payments, CaseFileService caseFiles, JurisdictionService jurisdiction,
                            AuthorityMembership membership) {
        this.payments = payments;
        this.caseFiles = caseFiles;
        this.jurisdiction = jurisdiction;
        this.membership = membership;
    }

    @GetMapping("/api/v1/reports/payments")
    ResponseEntity<?> dayReport(@RequestParam(required = false) String authority,
                                @RequestParam(required = false) String date, @AuthenticationPrincipal Clerk clerk) {
        if (authority == null || !authority.matches("[a-z0-9-]{1,64}")) {
            return ResponseEntity.badRequest().body(ApiProblem.of(HttpStatus.BAD_REQUEST, "INVALID_AUTHORITY",
                    "Bitte geben Sie die Behörde an (Parameter authority, z. B. ags-16051000)."));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date);
        } catch (DateTimeParseException e) {
            return ResponseEntity.badRequest().body(ApiProblem.of(HttpStatus.BAD_REQUEST, "INVALID_DATE",
                    "Bitte geben Sie den Tag im Format JJJJ-MM-TT an (Parameter date)."));
        }
        // an unknown authority has no cash office: 403 for all but administrators, who get 404 below
        Optional<Authority> known = jurisdiction.find(authority);
        boolean allowed = known.isPresent()
                ? membership.hasRole(clerk, known.get().cashOfficeGroupId())
                : membership.isAdministrator(clerk);
        if (!allowed) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiProblem.of(HttpStatus.FORBIDDEN, "FORBIDDEN",
                    "Die Zahlungen dieser Behörde sieht nur ihre Kasse."));
        }
        jurisdiction.require(authority);
        Map<Long, String> serviceNames = new HashMap<>();
        List<PaymentReportCsv.Row> rows = payments.dayReport(authority, day).stream()
                .map(p -> new PaymentReportCsv.Row(p.getReference(), p.getCaseNumber(),
                        serviceNames.computeIfAbsent(p.getCaseId(), id -> caseFiles.require(id).getServiceName()),
                        p.getAmount(), p.getCurrency(), p.getStatus().germanLabel(), p.getPaidAt(),
                        p.getProviderTransactionId()))
                .toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("zahlungen-" + authority + "-" + day + ".csv").build().toString())
                .body(PaymentReportCsv.write(rows));
    }
}
