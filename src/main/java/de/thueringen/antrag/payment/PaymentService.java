package de.thueringen.antrag.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;

/**
 * Creates payment requests and settles them. Settling is idempotent: the payment row is locked, so a payment
 * confirmed twice (double click, repeated callback) is booked once and continues the process once.
 */
@Service
public class PaymentService {

    /** The message the service processes wait for after requesting a fee. */
    public static final String PAYMENT_RECEIVED_MESSAGE = "ZahlungEingegangen";
    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentRepository payments;
    private final CaseFileService caseFiles;
    private final RuntimeService runtimeService;
    private final Clock clock;

    PaymentService(PaymentRepository payments, CaseFileService caseFiles, RuntimeService runtimeService, Clock clock) {
        this.payments = payments;
        this.caseFiles = caseFiles;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Asks for a fee; a second request for the same case returns the open one (a retried job is harmless). */
    @Transactional
    public Payment request(Long caseId, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A payment needs a positive amount, got " + amount);
        }
        List<Payment> open = payments.findByCaseIdAndStatus(caseId, PaymentStatus.OPEN);
        if (!open.isEmpty()) {
            return open.get(0);
        }
        Payment payment = payments.save(new Payment(caseId, newReference(), amount.setScale(2, RoundingMode.HALF_UP), clock.instant()));
        caseFiles.recordStatus(caseId, CaseStatus.ZAHLUNG_AUSSTEHEND, CaseFileService.SYSTEM_ACTOR,
                "Gebühr " + payment.getAmount().toPlainString() + " EUR, Kassenzeichen " + payment.getReference());
        return payment;
    }

    /**
     * Books a payment confirmed by the payment platform and lets the process continue.
     *
     * @return true if this call booked it, false if it had been booked before
     */
    @Transactional
    public boolean confirm(String reference, String providerTransactionId) {
        Payment payment = payments.lockByReference(reference)
                .orElseThrow(() -> new NoSuchElementException("Unknown payment " + reference));
        if (payment.getStatus() == PaymentStatus.PAID) {
            return false;
        }
        if (payment.getStatus() == PaymentStatus.CANCELLED) {
            throw new IllegalStateException("Payment " + reference + " was cancelled");
        }
        payment.markPaid(providerTransactionId, clock.instant());
        CaseFile caseFile = caseFiles.require(payment.getCaseId());
        caseFiles.recordStatus(caseFile.getId(), CaseStatus.BEZAHLT, CaseFileService.CITIZEN_ACTOR,
                "Zahlung " + payment.getAmount().toPlainString() + " EUR eingegangen");
        runtimeService.createMessageCorrelation(PAYMENT_RECEIVED_MESSAGE)
                .processInstanceId(caseFile.getProcessInstanceId())
                .correlateWithResult();
        LOG.info("Payment {} for case {} booked", reference, caseFile.getCaseNumber());
        return true;
    }

    /** Cancels what is still open for a case, e.g. when the payment deadline passed. */
    @Transactional
    public void cancelOpen(Long caseId) {
        payments.findByCaseIdAndStatus(caseId, PaymentStatus.OPEN).forEach(Payment::cancel);
    }

    @Transactional(readOnly = true)
    public List<Payment> paymentsOf(Long caseId) {
        return payments.findByCaseIdOrderByCreatedAtAsc(caseId);
    }

    @Transactional(readOnly = true)
    public Payment require(String reference) {
        return payments.findByReference(reference).orElseThrow(() -> new NoSuchElementException(reference));
    }

    private static String newReference() {
        StringBuilder reference = new StringBuilder("TH-");
        for (int i = 0; i < 12; i++) {
            reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }
}
