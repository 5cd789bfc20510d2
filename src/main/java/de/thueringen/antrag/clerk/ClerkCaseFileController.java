package de.thueringen.antrag.clerk;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import de.thueringen.antrag.security.ClerkAccess;

/**
 * The case file for clerks: {@code /akte/{caseNumber}} (page linked from the task forms, with a form for internal
 * notes), {@code /akte/{caseNumber}/dokumente/{id}} (downloads), {@code /api/v1/cases/{caseNumber}} (JSON, read by the
 * "Akte" tab in Tasklist) and {@code /api/v1/cases/{caseNumber}/notes} (internal notes). A clerk logged into Tasklist
 * is recognised by that login; API clients use HTTP Basic. Clerks of other authorities get 403 and see nothing of
 * the case. Every read is written to the case's audit trail (who, when, which part).
 */
@Controller
class ClerkCaseFileController {

    private final CaseFileService caseFiles;
    private final ClerkAccess access;
    private final CaseFileViews views;
    private final CaseNotes notes;
    private final NoteFormTokens tokens;
    private final ClerkRequests requests;

    ClerkCaseFileController(CaseFileService caseFiles, ClerkAccess access, CaseFileViews views, CaseNotes notes,
                            NoteFormTokens tokens, ClerkRequests requests) {
        this.caseFiles = caseFiles;
        this.access = access;
        this.views = views;
        this.notes = notes;
        this.tokens = tokens;
        this.requests = requests;
    }

    @GetMapping("/akte/{caseNumber}")
    ModelAndView page(@PathVariable String caseNumber, HttpServletRequest request) {
        return page(authorizedRead(caseNumber, request, "Akte (Seite)"), null, null);
    }

    /**
     * The note form of the page: a plain HTML form with a token bound to the clerk and the case. After saving, the
     * browser is sent back to the page (303, so a reload does not post twice).
     */
    @PostMapping(path = "/akte/{caseNumber}/notizen", consumes = "application/x-www-form-urlencoded")
    ModelAndView addNoteFromPage(@PathVariable String caseNumber, @RequestParam(required = false) String text,
                                 @RequestParam(required = false) String token, HttpServletRequest request) {
        Authorized authorized = authorizedCase(caseNumber, request);
        if (!tokens.isValid(token, authorized.clerk().userId(), authorized.caseFile().getCaseNumber())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Formular abgelaufen oder nicht von dieser Seite");
        }
        try {
            notes.add(authorized.caseFile(), authorized.clerk().userId(), text);
        } catch (ClerkApiException e) {
            ModelAndView page = page(authorized, e.getMessage(), text);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        RedirectView back = new RedirectView("/akte/" + authorized.caseFile().getCaseNumber() + "#notizen");
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(back);
    }

    private ModelAndView page(Authorized authorized, String noteError, String noteText) {
        ModelAndView page = new ModelAndView("clerk/akte");
        page.addObject("akte", views.of(authorized.caseFile()));
        page.addObject("noteToken", tokens.tokenFor(authorized.clerk().userId(), authorized.caseFile().getCaseNumber()));
        page.addObject("noteError", noteError);
        page.addObject("noteText", noteText);
        page.addObject("noteMaxLength", CaseNotes.MAX_LENGTH);
        return page;
    }

    @GetMapping("/akte/{caseNumber}/dokumente/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long documentId, HttpServletRequest request) {
        Authorized authorized = authorizedCase(caseNumber, request);
        CaseDocument document = caseFiles.document(authorized.caseFile().getId(), documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        caseFiles.recordReadByStaff(authorized.caseFile().getId(), authorized.clerk().userId(),
                "Dokument " + document.getId() + " (" + document.getFileName() + ")");
        return DocumentResponses.download(document);
    }

    @GetMapping(path = "/api/v1/cases/{caseNumber}", produces = "application/json")
    @ResponseBody
    CaseFileView json(@PathVariable String caseNumber, HttpServletRequest request) {
        return views.of(authorizedRead(caseNumber, request, "Akte (JSON)").caseFile());
    }

    @GetMapping(path = "/api/v1/cases/{caseNumber}/notes", produces = "application/json")
    @ResponseBody
    List<CaseFileView.Note> listNotes(@PathVariable String caseNumber, HttpServletRequest request) {
        return notes.of(authorizedRead(caseNumber, request, "Interne Notizen (JSON)").caseFile().getId()).stream()
                .map(ClerkCaseFileController::view).toList();
    }

    record NewNote(String text) {
    }

    /** Adds a note (Tasklist "Akte" tab, API clients); needs the header {@value ClerkRequests#SCRIPTED_REQUEST_HEADER}. */
    @PostMapping(path = "/api/v1/cases/{caseNumber}/notes", consumes = "application/json", produces = "application/json")
    @ResponseBody
    ResponseEntity<CaseFileView.Note> addNote(@PathVariable String caseNumber, @RequestBody(required = false) NewNote body,
                                              HttpServletRequest request) {
        Clerk clerk = requests.requireClerkForChange(request);
        CaseFile caseFile = caseFiles.findByCaseNumber(caseNumber)
                .orElseThrow(() -> ClerkApiException.notFound("Akte nicht gefunden."));
        if (!access.mayAccess(clerk, caseFile.getAuthorityId())) {
            throw ClerkApiException.forbidden("Keine Berechtigung für diese Akte.");
        }
        CaseNote note = notes.add(caseFile, clerk.userId(), body == null ? null : body.text());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseFile.getCaseNumber() + "/notes"))
                .body(view(note));
    }

    private static CaseFileView.Note view(CaseNote note) {
        return new CaseFileView.Note(note.getId(), note.getAuthor(), note.getBody(), note.getCreatedAt());
    }

    record Authorized(Clerk clerk, CaseFile caseFile) {
    }

    /** {@link #authorizedCase} for a read, which the audit trail records before anything is shown. */
    private Authorized authorizedRead(String caseNumber, HttpServletRequest request, String what) {
        Authorized authorized = authorizedCase(caseNumber, request);
        caseFiles.recordReadByStaff(authorized.caseFile().getId(), authorized.clerk().userId(), what);
        return authorized;
    }

    private Authorized authorizedCase(String caseNumber, HttpServletRequest request) {
        Optional<Clerk> clerk = access.currentClerk(request);
        if (clerk.isEmpty()) {
            throw new ClerkLoginRequired();
        }
        CaseFile caseFile = caseFiles.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Akte nicht gefunden"));
        if (!access.mayAccess(clerk.get(), caseFile.getAuthorityId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Keine Berechtigung für diese Akte");
        }
        return new Authorized(clerk.get(), caseFile);
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
