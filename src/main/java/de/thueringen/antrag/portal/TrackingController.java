package de.thueringen.antrag.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.thueringen.antrag.casefile.CaseDocument;
import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.DocumentResponses;
import de.thueringen.antrag.jurisdiction.JurisdictionService;
import de.thueringen.antrag.payment.Checkout;
import de.thueringen.antrag.payment.Payment;
import de.thueringen.antrag.payment.PaymentRejectedException;
import de.thueringen.antrag.payment.PaymentService;
import de.thueringen.antrag.payment.PaymentStatus;
import de.thueringen.antrag.web.ApiController;
import de.thueringen.antrag.web.ApiProblem;
import de.thueringen.antrag.web.PublicAddresses;

/**
 * The citizen's view of their case behind the secret tracking link. Unknown and malformed tokens look the same
 * (404), so the API reveals nothing about which cases exist.
 */
@ApiController
class TrackingController {

    private final CaseFileService caseFiles;
    private final PaymentService payments;
    private final JurisdictionService jurisdiction;
    private final PublicAddresses addresses;

    TrackingController(CaseFileService caseFiles, PaymentService payments, JurisdictionService jurisdiction,
                       PublicAddresses addresses) {
        this.caseFiles = caseFiles;
        this.payments = payments;
        this.jurisdiction = jurisdiction;
        this.addresses = addresses;
    }

    record StatusEntry(String status, String text, Instant at) {
    }

    /** @param noticeKind for notices: APPROVAL, REJECTION, FEE_NOTICE, …; null for uploads */
    record DocumentEntry(long id, String kind, String noticeKind, String fileName, long sizeBytes, String url) {
    }

    /**
     * @param payUrl       where an open fee is paid online; null if paid, cancelled, or without online payment
     * @param transferText for an open fee without online payment: how to transfer it (German)
     */
    record PaymentEntry(String reference, BigDecimal amount, String currency, String status, String payUrl,
                        String transferText) {
    }

    record CaseView(String caseNumber, String service, String authority, String status, String statusText,
                    Instant submittedAt, List<StatusEntry> history, List<DocumentEntry> documents,
                    List<PaymentEntry> payments) {
    }

    @GetMapping(path = "/api/v1/tracking/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseView show(@PathVariable String token) {
        CaseFile caseFile = caseOf(token);
        String base = "/api/v1/tracking/" + token;
        boolean online = payments.onlineCheckoutAvailable();
        String authority = jurisdiction.require(caseFile.getAuthorityId()).name();
        return new CaseView(caseFile.getCaseNumber(), caseFile.getServiceName(),
                authority, caseFile.getStatus().name(),
                caseFile.getStatus().germanLabel(), caseFile.getSubmittedAt(),
                caseFiles.statusHistory(caseFile.getId()).stream()
                        .map(c -> new StatusEntry(c.getStatus().name(), c.getStatus().germanLabel(), c.getChangedAt())).toList(),
                caseFiles.documents(caseFile.getId()).stream()
                        .map(d -> new DocumentEntry(d.getId(), d.getKind().name(), d.getNoticeKind(), d.getFileName(), d.getSizeBytes(),
                                absolute(base + "/documents/" + d.getId()))).toList(),
                payments.paymentsOf(caseFile.getId()).stream()
                        .map(p -> {
                            boolean open = p.getStatus() == PaymentStatus.OPEN;
                            return new PaymentEntry(p.getReference(), p.getAmount(), p.getCurrency(), p.getStatus().name(),
                                    open && online ? absolute(base + "/payments/" + p.getReference()) : null,
                                    open && !online ? GermanText.bankTransfer(authority, p.getReference()) : null);
                        })
                        .toList());
    }

    @GetMapping("/api/v1/tracking/{token}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String token, @PathVariable long documentId) {
        CaseFile caseFile = caseOf(token);
        CaseDocument document = caseFiles.document(caseFile.getId(), documentId).orElseThrow(NoSuchElementException::new);
        return DocumentResponses.download(document);
    }

    record PaymentResult(String reference, String status, String message, String redirectUrl) {
    }

    /**
     * Starts paying an open fee: answers where the citizen pays ({@code redirectUrl}, the e-payment platform's pay
     * page). The fee is booked when the platform confirms it with its signed callback, not here. A fee paid already
     * answers so without a redirect; a cancelled fee 409, and so does a fee that is paid by bank transfer
     * ({@code NO_ONLINE_PAYMENT}).
     */
    @PostMapping(path = "/api/v1/tracking/{token}/payments/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> pay(@PathVariable String token, @PathVariable String reference) {
        CaseFile caseFile = caseOf(token);
        Payment payment = payments.require(reference);
        if (!payment.getCaseId().equals(caseFile.getId())) {
            throw new NoSuchElementException("Payment does not belong to the case");
        }
        if (payment.getStatus() == PaymentStatus.CANCELLED) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblem.of(HttpStatus.CONFLICT, "PAYMENT_CANCELLED",
                    "Diese Gebühr kann nicht mehr bezahlt werden, weil die Zahlungsfrist abgelaufen ist."));
        }
        Checkout checkout;
        try {
            checkout = payments.startCheckout(reference, null);
        } catch (PaymentRejectedException e) {
            return ResponseEntity.status(e.status()).body(ApiProblem.of(e.status(), e.code(), e.getMessage()));
        }
        if (checkout.status() == PaymentStatus.PAID) {
            return ResponseEntity.ok(new PaymentResult(reference, PaymentStatus.PAID.name(),
                    "Diese Gebühr ist bereits bezahlt.", null));
        }
        return ResponseEntity.ok(new PaymentResult(reference, PaymentStatus.OPEN.name(),
                "Bitte bezahlen Sie die Gebühr auf der Seite der Zahlungsplattform.", checkout.redirectUrl()));
    }

    private CaseFile caseOf(String token) {
        return caseFiles.findByTrackingToken(token).orElseThrow(() -> new NoSuchElementException("Unknown tracking token"));
    }

    private String absolute(String path) {
        return addresses.portal(path);
    }
}
