package de.thueringen.antrag.portal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import de.thueringen.antrag.casefile.CaseDocument;
import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseMessage;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.casefile.DocumentKind;
import de.thueringen.antrag.casefile.DocumentResponses;
import de.thueringen.antrag.casefile.MessageDirection;
import de.thueringen.antrag.web.FieldError;
import de.thueringen.antrag.intake.SubmissionRejectedException;
import de.thueringen.antrag.intake.SubmissionRequest;
import de.thueringen.antrag.jurisdiction.JurisdictionService;
import de.thueringen.antrag.notice.IssueNoticeCommand;
import de.thueringen.antrag.notice.NoticeKind;
import de.thueringen.antrag.notice.NoticeService;
import de.thueringen.antrag.payment.Checkout;
import de.thueringen.antrag.payment.Payment;
import de.thueringen.antrag.payment.PaymentRejectedException;
import de.thueringen.antrag.payment.PaymentService;
import de.thueringen.antrag.payment.PaymentStatus;

/**
 * "Mein Antrag" behind the secret tracking link: the receipt after submitting, status history in plain German,
 * the mailbox, downloads, documents handed in later, and paying an open fee on the e-payment page. Unknown and
 * malformed tokens look the same (404).
 */
@Controller
@PortalPage
class MyCaseController {

    static final String SUPPLEMENT_FILES = "unterlagen";
    static final String RETURN_COOKIE = "portal-zahlung";
    private static final Map<String, String> HINTS = Map.of(
            "nachgereicht", "Vielen Dank. Ihre Unterlagen sind bei der Behörde eingegangen.",
            "bezahlt", "Vielen Dank. Ihre Zahlung ist eingegangen.",
            "zahlung-offen", "Die Zahlung ist noch nicht abgeschlossen. Sie können es noch einmal versuchen.",
            "zahlung-nicht-moeglich", "Diese Gebühr kann nicht mehr bezahlt werden, zum Beispiel weil die Zahlungsfrist abgelaufen ist.",
            "ueberweisung", "Diese Gebühr kann nicht online bezahlt werden. Bitte überweisen Sie sie wie unten beschrieben.");

    private final CaseFileService caseFiles;
    private final JurisdictionService jurisdiction;
    private final PaymentService payments;
    private final NoticeService notices;
    private final SupplementService supplements;
    private final PortalLinks links;
    private final boolean secureCookie;

    MyCaseController(CaseFileService caseFiles, JurisdictionService jurisdiction, PaymentService payments,
                     NoticeService notices, SupplementService supplements, PortalLinks links,
                     @Value("${antrag.security.secure-cookies:true}") boolean secureCookie) {
        this.caseFiles = caseFiles;
        this.jurisdiction = jurisdiction;
        this.payments = payments;
        this.notices = notices;
        this.supplements = supplements;
        this.links = links;
        this.secureCookie = secureCookie;
    }

    record HistoryEntry(String label, String at) {
    }

    record DocumentEntry(long id, String title, String fileName, String size, String at) {
    }

    record MessageEntry(String from, String subject, String body, String at, Long documentId) {
    }

    /**
     * @param payable      open and payable online ("Jetzt bezahlen")
     * @param transferText open without online payment: how to transfer it
     */
    record PaymentEntry(String reference, String amount, String status, boolean payable, String transferText) {
    }

    @GetMapping("/portal/vorgang/{token}/eingang")
    String receipt(@PathVariable String token, Model model) {
        CaseFile caseFile = caseOf(token);
        model.addAttribute("caseNumber", caseFile.getCaseNumber());
        model.addAttribute("serviceName", caseFile.getServiceName());
        model.addAttribute("authority", jurisdiction.require(caseFile.getAuthorityId()).name());
        model.addAttribute("submittedAt", GermanText.dateTime(caseFile.getSubmittedAt()));
        model.addAttribute("trackingLink", links.absolute("/portal/vorgang/" + token));
        model.addAttribute("token", token);
        String email = caseFile.getApplicant().getEmail();
        model.addAttribute("mailed", email != null && !email.isBlank());
        return "portal/eingang";
    }

    @GetMapping("/portal/vorgang/{token}")
    String show(@PathVariable String token, @RequestParam(name = "hinweis", required = false) String hint, Model model) {
        CaseFile caseFile = caseOf(token);
        fill(model, caseFile, token);
        model.addAttribute("hint", hint == null ? null : HINTS.get(hint));
        return "portal/vorgang";
    }

    @GetMapping("/portal/vorgang/{token}/dokumente/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String token, @PathVariable long documentId) {
        CaseFile caseFile = caseOf(token);
        CaseDocument document = caseFiles.document(caseFile.getId(), documentId).orElseThrow(PortalException::notFound);
        return DocumentResponses.download(document);
    }

    /** The Eingangsbestätigung as PDF; issued now if issuing it right after the submission failed. */
    @GetMapping("/portal/vorgang/{token}/eingangsbestaetigung")
    ResponseEntity<byte[]> receiptNotice(@PathVariable String token) {
        CaseFile caseFile = caseOf(token);
        Long id = caseFiles.findNotice(caseFile.getId(), NoticeKind.RECEIPT.name()).map(CaseDocument::getId)
                .orElseGet(() -> notices.issue(new IssueNoticeCommand(caseFile.getId(), NoticeKind.RECEIPT, null, null, null, null)).getId());
        return DocumentResponses.download(caseFiles.document(caseFile.getId(), id).orElseThrow(PortalException::notFound));
    }

    /** Documents handed in later, answering a request for missing documents. */
    @PostMapping("/portal/vorgang/{token}/unterlagen")
    String supplement(@PathVariable String token, @RequestParam(name = "nachricht", required = false) String note,
                      HttpServletRequest request, Model model, HttpServletResponse response) throws IOException {
        CaseFile caseFile = caseOf(token);
        if (caseFile.getStatus() != CaseStatus.UNTERLAGEN_NACHGEFORDERT) {
            throw new PortalException(409, "Keine Unterlagen angefordert",
                    "Für diesen Antrag hat die Behörde derzeit keine Unterlagen angefordert.");
        }
        List<SubmissionRequest.Attachment> attachments = new ArrayList<>();
        List<MultipartFile> files = request instanceof MultipartHttpServletRequest multipart
                ? multipart.getFiles(SUPPLEMENT_FILES) : List.of();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                attachments.add(new SubmissionRequest.Attachment(null, file.getOriginalFilename(),
                        Base64.getEncoder().encodeToString(file.getBytes())));
            }
        }
        String text = note == null ? "" : note.strip();
        try {
            supplements.handIn(caseFile, attachments, text);
            return "redirect:/portal/vorgang/" + token + "?hinweis=nachgereicht";
        } catch (SubmissionRejectedException rejected) {
            response.setStatus(400);
            fill(model, caseFile, token);
            model.addAttribute("supplementErrors", rejected.fieldErrors().stream().map(FieldError::message).distinct().toList());
            model.addAttribute("nachricht", text);
            return "portal/vorgang";
        }
    }

    /**
     * Pays an open fee: sends the citizen to the e-payment page. The tracking token stays here: the payment page
     * gets a neutral return address, and a short-lived cookie leads the citizen back to their case.
     */
    @PostMapping("/portal/vorgang/{token}/zahlungen/{reference}")
    String pay(@PathVariable String token, @PathVariable String reference, HttpServletResponse response) {
        CaseFile caseFile = caseOf(token);
        Payment payment = payments.paymentsOf(caseFile.getId()).stream()
                .filter(p -> p.getReference().equals(reference)).findFirst().orElseThrow(PortalException::notFound);
        if (!payments.onlineCheckoutAvailable()) {
            return "redirect:/portal/vorgang/" + token + "?hinweis=ueberweisung";
        }
        Checkout checkout;
        try {
            checkout = payments.startCheckout(payment.getReference(), links.absolute("/portal/zahlung/zurueck"));
        } catch (PaymentRejectedException | IllegalStateException e) {
            return "redirect:/portal/vorgang/" + token + "?hinweis=zahlung-nicht-moeglich";
        }
        if (checkout.redirectUrl() == null) {
            return "redirect:/portal/vorgang/" + token + (checkout.status() == PaymentStatus.PAID ? "?hinweis=bezahlt" : "");
        }
        response.addHeader("Set-Cookie", ResponseCookie.from(RETURN_COOKIE, token).path("/portal/zahlung").httpOnly(true)
                .secure(secureCookie).sameSite("Lax").maxAge(java.time.Duration.ofHours(2)).build().toString());
        return "redirect:" + checkout.redirectUrl();
    }

    /** Back from the e-payment page: to the citizen's case, whose status shows whether the payment arrived. */
    @GetMapping("/portal/zahlung/zurueck")
    String paymentReturn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (RETURN_COOKIE.equals(cookie.getName()) && SecretTokens.looksValid(cookie.getValue())) {
                    return "redirect:/portal/vorgang/" + cookie.getValue();
                }
            }
        }
        return "portal/zahlung-zurueck";
    }

    private void fill(Model model, CaseFile caseFile, String token) {
        Long caseId = caseFile.getId();
        model.addAttribute("token", token);
        model.addAttribute("caseNumber", caseFile.getCaseNumber());
        model.addAttribute("serviceName", caseFile.getServiceName());
        model.addAttribute("authority", jurisdiction.require(caseFile.getAuthorityId()).name());
        model.addAttribute("submittedAt", GermanText.dateTime(caseFile.getSubmittedAt()));
        model.addAttribute("status", caseFile.getStatus().germanLabel());
        model.addAttribute("statusExplanation", GermanText.explanation(caseFile.getStatus()));
        model.addAttribute("history", caseFiles.statusHistory(caseId).stream()
                .map(c -> new HistoryEntry(c.getStatus().germanLabel(), GermanText.dateTime(c.getChangedAt()))).toList());
        List<CaseDocument> documents = caseFiles.documents(caseId);
        Set<Long> documentIds = new java.util.HashSet<>();
        documents.forEach(d -> documentIds.add(d.getId()));
        model.addAttribute("documents", documents.stream().map(d -> new DocumentEntry(d.getId(), title(d), d.getFileName(),
                GermanText.fileSize(d.getSizeBytes()), GermanText.dateTime(d.getCreatedAt()))).toList());
        model.addAttribute("messages", caseFiles.mailbox(caseId).stream().map(m -> message(m, documentIds)).toList());
        boolean online = payments.onlineCheckoutAvailable();
        String authority = jurisdiction.require(caseFile.getAuthorityId()).name();
        model.addAttribute("payments", payments.paymentsOf(caseId).stream().map(p -> {
            boolean open = p.getStatus() == PaymentStatus.OPEN;
            return new PaymentEntry(p.getReference(), FeeInfo.euro(p.getAmount()), p.getStatus().germanLabel(),
                    open && online, open && !online ? GermanText.bankTransfer(authority, p.getReference()) : null);
        }).toList());
        model.addAttribute("supplementOpen", caseFile.getStatus() == CaseStatus.UNTERLAGEN_NACHGEFORDERT);
    }

    private static MessageEntry message(CaseMessage m, Set<Long> documentIds) {
        return new MessageEntry(m.getDirection() == MessageDirection.FROM_CITIZEN ? "Von Ihnen" : "Von der Behörde",
                m.getSubject(), m.getBody(), GermanText.dateTime(m.getCreatedAt()),
                m.getDocumentId() != null && documentIds.contains(m.getDocumentId()) ? m.getDocumentId() : null);
    }

    private static String title(CaseDocument document) {
        if (document.getKind() == DocumentKind.NOTICE && document.getNoticeKind() != null) {
            try {
                return NoticeKind.valueOf(document.getNoticeKind()).germanTitle();
            } catch (IllegalArgumentException unknownKind) {
                return "Schreiben der Behörde";
            }
        }
        return "Ihr Nachweis";
    }

    private CaseFile caseOf(String token) {
        return caseFiles.findByTrackingToken(token).orElseThrow(PortalException::notFound);
    }
}
