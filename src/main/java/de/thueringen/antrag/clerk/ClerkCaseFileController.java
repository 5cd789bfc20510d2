package de.thueringen.antrag.clerk;

import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import de.thueringen.antrag.casefile.CaseDocument;
import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.DocumentResponses;
import de.thueringen.antrag.security.Clerk;
import de.thueringen.antrag.security.ClerkAccess;

/**
 * The case file for clerks: {@code /akte/{caseNumber}} (page linked from the task forms),
 * {@code /akte/{caseNumber}/dokumente/{id}} (downloads) and {@code /api/v1/cases/{caseNumber}} (JSON).
 * A clerk logged into Tasklist is recognised by that login; API clients use HTTP Basic. Clerks of other
 * authorities get 403 and see nothing of the case.
 */
@Controller
class ClerkCaseFileController {

    private final CaseFileService caseFiles;
    private final ClerkAccess access;
    private final CaseFileViews views;

    ClerkCaseFileController(CaseFileService caseFiles, ClerkAccess access, CaseFileViews views) {
        this.caseFiles = caseFiles;
        this.access = access;
        this.views = views;
    }

    @GetMapping("/akte/{caseNumber}")
    String page(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        model.addAttribute("akte", views.of(authorizedCase(caseNumber, request)));
        return "akte";
    }

    @GetMapping("/akte/{caseNumber}/dokumente/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long documentId, HttpServletRequest request) {
        CaseFile caseFile = authorizedCase(caseNumber, request);
        CaseDocument document = caseFiles.document(caseFile.getId(), documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return DocumentResponses.download(document);
    }

    @GetMapping(path = "/api/v1/cases/{caseNumber}", produces = "application/json")
    @ResponseBody
    CaseFileView json(@PathVariable String caseNumber, HttpServletRequest request) {
        return views.of(authorizedCase(caseNumber, request));
    }

    private CaseFile authorizedCase(String caseNumber, HttpServletRequest request) {
        Optional<Clerk> clerk = access.currentClerk(request);
        if (clerk.isEmpty()) {
            throw new ClerkLoginRequired();
        }
        CaseFile caseFile = caseFiles.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Akte nicht gefunden"));
        if (!access.mayAccess(clerk.get(), caseFile.getAuthorityId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Keine Berechtigung für diese Akte");
        }
        return caseFile;
    }

    /** Asks the browser for credentials when the clerk is not logged into the webapps. */
    static class ClerkLoginRequired extends RuntimeException {
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(ClerkLoginRequired.class)
    ResponseEntity<String> loginRequired() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Antragsmanagement Thueringen\", charset=\"UTF-8\"")
                .header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .body("Bitte melden Sie sich zuerst in der Aufgabenliste (Tasklist) an.");
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                .body("Nicht gefunden.");
    }
}
