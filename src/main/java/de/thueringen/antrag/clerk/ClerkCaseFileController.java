package de.thueringen.antrag.clerk;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import de.thueringen.antrag.casefile.CaseDocument;
import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.DocumentResponses;
import de.thueringen.antrag.security.Clerk;
import de.thueringen.antrag.security.AuthorityMembership;
import de.thueringen.antrag.security.CsrfCookie;

/**
 * The case file for clerks: {@code /akte/{caseNumber}} (page linked from the task forms, with a form for internal
 * notes), {@code /akte/{caseNumber}/dokumente/{id}} (downloads), {@code /api/v1/cases/{caseNumber}} (JSON, read by the
 * "Akte" tab in Tasklist) and {@code /api/v1/cases/{caseNumber}/notes} (internal notes). Spring Security
 * (security.WebSecurity) lets only logged-in Camunda users in (Tasklist login or HTTP Basic); clerks of other
 * authorities get 403 here ({@link AuthorityMembership}) and see nothing of the case. Every read is written to the
 * case's audit trail (who, when, which part).
 */
@Controller
class ClerkCaseFileController {

    private final CaseFileService caseFiles;
    private final AuthorityMembership membership;
    private final CaseFileViews views;
    private final CaseNotes notes;
    private final CaseForwarding forwarding;

    ClerkCaseFileController(CaseFileService caseFiles, AuthorityMembership membership, CaseFileViews views,
                            CaseNotes notes, CaseForwarding forwarding) {
        this.forwarding = forwarding;
        this.caseFiles = caseFiles;
        this.membership = membership;
        this.views = views;
        this.notes = notes;
    }

    @GetMapping("/akte/{caseNumber}")
    ModelAndView page(@PathVariable String caseNumber, @AuthenticationPrincipal Clerk clerk,
                      HttpServletRequest request) {
        return page(recordRead(authorizedCase(caseNumber, clerk), "Akte (Seite)"), null, null, request);
    }

    /**
     * The note form of the page: a plain HTML form with Spring Security's CSRF token (security.WebSecurity). After
     * saving, the browser is sent back to the page (303, so a reload does not post twice).
     */
    @PostMapping(path = "/akte/{caseNumber}/notizen", consumes = "application/x-www-form-urlencoded")
    ModelAndView addNoteFromPage(@PathVariable String caseNumber, @RequestParam(required = false) String text,
                                 @AuthenticationPrincipal Clerk clerk, HttpServletRequest request) {
        Authorized authorized = authorizedCase(caseNumber, clerk);
        try {
            notes.add(authorized.caseFile(), authorized.clerk().userId(), text);
        } catch (ClerkApiException e) {
            ModelAndView page = page(authorized, e.getMessage(), text, request);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        RedirectView back = new RedirectView("/akte/" + authorized.caseFile().getCaseNumber() + "#notizen");
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(back);
    }

    private ModelAndView page(Authorized authorized, String noteError, String noteText, HttpServletRequest request) {
        CsrfCookie.issue(request); // the note form's field comes from th:action
        ModelAndView page = new ModelAndView("clerk/akte");
        page.addObject("akte", views.of(authorized.caseFile()));
        page.addObject("noteError", noteError);
        page.addObject("noteText", noteText);
        page.addObject("noteMaxLength", CaseNotes.MAX_LENGTH);
        page.addObject("authorities", forwarding.targets().stream()
                .filter(a -> !a.id().equals(authorized.caseFile().getAuthorityId())).toList());
        return page;
    }

    @GetMapping("/akte/{caseNumber}/dokumente/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long documentId,
                                    @AuthenticationPrincipal Clerk clerk) {
        Authorized authorized = authorizedCase(caseNumber, clerk);
        CaseDocument document = caseFiles.document(authorized.caseFile().getId(), documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        caseFiles.recordReadByStaff(authorized.caseFile().getId(), authorized.clerk().userId(),
                "Dokument " + document.getId() + " (" + document.getFileName() + ")");
        return DocumentResponses.download(document);
    }

    @GetMapping(path = "/api/v1/cases/{caseNumber}", produces = "application/json")
    @ResponseBody
    CaseFileView json(@PathVariable String caseNumber, @AuthenticationPrincipal Clerk clerk) {
        return views.of(recordRead(authorizedApiCase(caseNumber, clerk), "Akte (JSON)").caseFile());
    }

    @GetMapping(path = "/api/v1/cases/{caseNumber}/notes", produces = "application/json")
    @ResponseBody
    List<CaseFileView.Note> listNotes(@PathVariable String caseNumber, @AuthenticationPrincipal Clerk clerk) {
        return notes.of(recordRead(authorizedApiCase(caseNumber, clerk), "Interne Notizen (JSON)").caseFile().getId()).stream()
                .map(ClerkCaseFileController::view).toList();
    }

    record NewNote(String text) {
    }

    /** Adds a note (Tasklist "Akte" tab, API clients); Spring Security asks for the header X-Antrag-Request. */
    @PostMapping(path = "/api/v1/cases/{caseNumber}/notes", consumes = "application/json", produces = "application/json")
    @ResponseBody
    ResponseEntity<CaseFileView.Note> addNote(@PathVariable String caseNumber, @RequestBody(required = false) NewNote body,
                                              @AuthenticationPrincipal Clerk clerk) {
        CaseFile caseFile = authorizedApiCase(caseNumber, clerk).caseFile();
        CaseNote note = notes.add(caseFile, clerk.userId(), body == null ? null : body.text());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseFile.getCaseNumber() + "/notes"))
                .body(view(note));
    }

    private static CaseFileView.Note view(CaseNote note) {
        return new CaseFileView.Note(note.getId(), note.getAuthor(), note.getBody(), note.getCreatedAt());
    }

    record Authorized(Clerk clerk, CaseFile caseFile) {
    }

    /** Records a read in the case's audit trail before anything is shown. */
    private Authorized recordRead(Authorized authorized, String what) {
        caseFiles.recordReadByStaff(authorized.caseFile().getId(), authorized.clerk().userId(), what);
        return authorized;
    }

    /** The case for a page: a refusal is the German error page. */
    private Authorized authorizedCase(String caseNumber, Clerk clerk) {
        return authorized(caseNumber, clerk, ResponseStatusException::new);
    }

    /** The case for the JSON API: a refusal is the API's problem JSON with its code. */
    private Authorized authorizedApiCase(String caseNumber, Clerk clerk) {
        return authorized(caseNumber, clerk, (status, message) -> new ClerkApiException(status,
                status == HttpStatus.NOT_FOUND ? "NOT_FOUND" : "FORBIDDEN", message + "."));
    }

    private Authorized authorized(String caseNumber, Clerk clerk,
                                  java.util.function.BiFunction<HttpStatus, String, RuntimeException> refusal) {
        CaseFile caseFile = caseFiles.findByCaseNumber(caseNumber)
                .orElseThrow(() -> refusal.apply(HttpStatus.NOT_FOUND, "Akte nicht gefunden"));
        if (!membership.mayActFor(clerk, caseFile.getAuthorityId())) {
            throw refusal.apply(HttpStatus.FORBIDDEN, "Keine Berechtigung für diese Akte");
        }
        return new Authorized(clerk, caseFile);
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header("Content-Type", "text/plain;charset=UTF-8")
                .body("Nicht gefunden.");
    }
}
