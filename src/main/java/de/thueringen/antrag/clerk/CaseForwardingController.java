package de.thueringen.antrag.clerk;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.security.Clerk;

/**
 * {@code POST /api/v1/cases/{caseNumber}/forwarding} {@code {"authorityId": "...", "reason": "..."}}: forwards the case
 * to the competent authority (see {@link CaseForwarding}). Spring Security asks for a staff login and the header
 * X-Antrag-Request.
 */
@RestController
class CaseForwardingController {

    record ForwardingRequest(String authorityId, String reason) {
    }

    record Forwarded(String caseNumber, String authorityId, String authorityName) {
    }

    private final CaseForwarding forwarding;

    CaseForwardingController(CaseForwarding forwarding) {
        this.forwarding = forwarding;
    }

    /**
     * The form of the Akte page (Spring Security's CSRF token). Afterwards the case is no longer hers: the answer is a
     * confirmation page, not the Akte; a refusal shows its German reason with a way back.
     */
    @PostMapping(path = "/akte/{caseNumber}/weiterleiten", consumes = "application/x-www-form-urlencoded")
    ModelAndView forwardFromPage(@PathVariable String caseNumber, @RequestParam(required = false) String authorityId,
                                 @RequestParam(required = false) String reason, @AuthenticationPrincipal Clerk clerk) {
        ModelAndView page = new ModelAndView("clerk/weitergeleitet");
        page.addObject("caseNumber", caseNumber);
        try {
            page.addObject("authority", forwarding.forward(caseNumber, clerk, authorityId, reason).name());
        } catch (ClerkApiException refused) {
            page.addObject("error", refused.getMessage());
            page.setStatus(refused.status());
        }
        return page;
    }

    @PostMapping(path = "/api/v1/cases/{caseNumber}/forwarding", consumes = "application/json", produces = "application/json")
    Forwarded forward(@PathVariable String caseNumber, @RequestBody(required = false) ForwardingRequest request,
                      @AuthenticationPrincipal Clerk clerk) {
        Authority target = forwarding.forward(caseNumber, clerk, request == null ? null : request.authorityId(),
                request == null ? null : request.reason());
        return new Forwarded(caseNumber, target.id(), target.name());
    }
}
