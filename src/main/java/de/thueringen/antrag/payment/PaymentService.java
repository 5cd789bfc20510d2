package de.thueringen.antrag.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.jurisdiction.JurisdictionService;
import de.thueringen.antrag.web.PublicAddresses;

/**
 * Fees of cases: requesting them, sending the citizen to the payment provider, and booking what the provider
 * reports. There is exactly one booking path ({@link #book}) for callbacks, reconciliation and manual confirmation:
 * it locks the payment row, stores the provider's transaction id (unique) and continues the waiting process in the
 * same transaction, so a payment reported twice — one after the other or at the same time — is booked once and
 * continues the process once.
 *
 * <p>Processes find the payment through the case number: the message {@value #PAYMENT_RECEIVED_MESSAGE} is correlated
 * by business key, which service processes and their call activities share. A payment booked before any process
 * waits (e.g. paid at submission) is not lost: it stays booked, {@link #isPaid(Long)} says so, and {@link #request}
 * returns it instead of asking again.
 */
@Service
public class PaymentService {

    /** The message the service processes wait for after requesting a fee. */
    public static final String PAYMENT_RECEIVED_MESSAGE = "ZahlungEingegangen";
    /** Where providers post their notifications; followed by the provider's name. */
    public static final String CALLBACK_PATH = "/api/v1/payments/callback";
    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Ids from providers (payment ids, transaction ids): printable, short, no separators of logs or CSV. */
    static final Pattern PROVIDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern REFERENCE = Pattern.compile("TH-[A-Z0-9]{12}");

    private final PaymentRepository payments;
    private final CaseFileService caseFiles;
    private final JurisdictionService jurisdiction;
    private final RuntimeService runtimeService;
    private final PaymentProviders providers;
    private final PublicAddresses addresses;
    private final Clock clock;

    PaymentService(PaymentRepository payments, CaseFileService caseFiles, JurisdictionService jurisdiction,
                   RuntimeService runtimeService, PaymentProviders providers, PublicAddresses addresses, Clock clock) {
        this.payments = payments;
        this.caseFiles = caseFiles;
        this.jurisdiction = jurisdiction;
        this.runtimeService = runtimeService;
        this.providers = providers;
        this.addresses = addresses;
        this.clock = clock;
    }

    /**
     * Whether new fees can be paid online (a pay page). If not, the citizen transfers the fee naming the Kassenzeichen
     * and the cash office books it.
     */
    public boolean onlineCheckoutAvailable() {
        return providers.active().offersOnlineCheckout();
    }

    /**
     * Asks for a fee. Never asks twice: if the case's fee is already paid (e.g. at submission) that payment is
     * returned, and a second request while one is open returns the open one (a retried job is harmless).
     */
    @Transactional
    public Payment request(Long caseId, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A payment needs a positive amount, got " + amount);
        }
        List<Payment> existing = payments.lockByCaseId(caseId);
        Optional<Payment> paid = existing.stream().filter(p -> p.getStatus() == PaymentStatus.PAID).findFirst();
        if (paid.isPresent()) {
            LOG.info("Fee for case {} already paid ({}), not requested again", paid.get().getCaseNumber(), paid.get().getReference());
            return paid.get();
        }
        Optional<Payment> open = existing.stream().filter(p -> p.getStatus() == PaymentStatus.OPEN).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        CaseFile caseFile = caseFiles.require(caseId);
        Payment payment = payments.save(new Payment(caseId, caseFile.getCaseNumber(), caseFile.getAuthorityId(),
                newReference(), amount.setScale(2, RoundingMode.HALF_UP), clock.instant()));
        caseFiles.recordStatus(caseId, CaseStatus.ZAHLUNG_AUSSTEHEND, CaseFileService.SYSTEM_ACTOR,
                "Gebühr " + payment.getAmount().toPlainString() + " EUR, Kassenzeichen " + payment.getReference());
        return payment;
    }

    /**
     * Whether the case's fee has been paid, for a process that is about to wait for {@value #PAYMENT_RECEIVED_MESSAGE}
     * (e.g. {@code ${paymentService.isPaid(caseId)}} on a gateway before the wait). It locks the case's payments: a
     * booking running at the same time either finished before (then true) or books after this transaction — in which
     * the process enters its wait — committed, and then finds the waiting process. Ask in the same transaction as the
     * wait begins (no asynchronous continuation between the two).
     */
    @Transactional
    public boolean isPaid(Long caseId) {
        return payments.lockByCaseId(caseId).stream().anyMatch(p -> p.getStatus() == PaymentStatus.PAID);
    }

    /** The booked payment of a case, if any (without locking; see {@link #isPaid(Long)} before waiting). */
    @Transactional(readOnly = true)
    public Optional<Payment> settledPaymentFor(Long caseId) {
        return payments.findByCaseIdAndStatus(caseId, PaymentStatus.PAID).stream().findFirst();
    }

    /**
     * Sends the citizen to pay an open fee: creates the payment at the configured provider, or reuses the one
     * created before if the citizen can still pay it there (back button, aborted attempt). If the provider says it
     * is paid already, the payment is booked now (same path as a callback) and no redirect is needed.
     *
     * @param returnUrl where the provider sends the citizen afterwards; null for the provider's own result page
     * @throws PaymentRejectedException {@code PAYMENT_CANCELLED} if the fee can no longer be paid,
     *                                  {@code NO_ONLINE_PAYMENT} if the active provider has no online checkout
     */
    @Transactional
    public Checkout startCheckout(String reference, String returnUrl) {
        return startCheckout(reference, returnUrl, null);
    }

    /** As {@link #startCheckout(String, String)}, with the callback URL given (tests); null: from configuration. */
    @Transactional
    Checkout startCheckout(String reference, String returnUrl, String callbackUrl) {
        Payment payment = payments.lockByReference(reference).orElseThrow(() -> new NoSuchElementException(reference));
        switch (payment.getStatus()) {
            case PAID:
                return new Checkout(reference, PaymentStatus.PAID, null);
            case CANCELLED, REFUNDED:
                throw notPayable(payment);
            default:
                break;
        }
        if (payment.hasProviderPayment()) {
            Optional<PaymentProvider> previous = providers.find(payment.getProviderName());
            if (previous.isPresent()) {
                ProviderStatus status = previous.get().status(payment.getProviderPaymentId());
                if (status.state() == ProviderStatus.State.OPEN && payment.getProviderRedirectUrl() != null) {
                    return new Checkout(reference, PaymentStatus.OPEN, payment.getProviderRedirectUrl());
                }
                if (status.state() == ProviderStatus.State.PAID) {
                    settleLocked(payment, notificationOf(payment, status), "Abgleich beim Bezahlen");
                    return new Checkout(reference, PaymentStatus.PAID, null);
                }
            }
        }
        PaymentProvider provider = providers.active();
        if (!provider.offersOnlineCheckout()) {
            throw new PaymentRejectedException("NO_ONLINE_PAYMENT", HttpStatus.CONFLICT,
                    "Diese Gebühr kann nicht online bezahlt werden. Bitte überweisen Sie den Betrag an die Behörde und "
                            + "geben Sie als Verwendungszweck das Kassenzeichen " + reference + " an.", reference);
        }
        String payee = jurisdiction.require(payment.getAuthorityId()).name();
        ProviderPayment created = provider.create(new PaymentOrder(reference, payment.getCaseNumber(), payment.getAmount(),
                payment.getCurrency(), payee, purposeOf(payment), returnUrl,
                callbackUrl != null ? callbackUrl : callbackUrl(provider)));
        payment.attachProviderPayment(provider.name(), created.providerPaymentId(), created.redirectUrl(), clock.instant());
        caseFiles.audit(payment.getCaseId(), CaseFileService.CITIZEN_ACTOR, "ZAHLUNG_GESTARTET",
                "Kassenzeichen " + reference + " bei " + provider.name() + " (" + created.providerPaymentId() + ")");
        LOG.info("Checkout of payment {} for case {} started at {}", reference, payment.getCaseNumber(), provider.name());
        return new Checkout(reference, PaymentStatus.OPEN, created.redirectUrl());
    }

    /**
     * Books what a provider reported in an authenticated callback. Refuses (with {@link PaymentRejectedException},
     * nothing booked) notifications for unknown payments, of another provider payment, with another amount or
     * currency than the fee, for cancelled fees, or with a transaction that paid another fee already.
     */
    @Transactional
    public Settlement settle(String providerName, ProviderNotification notification) {
        validate(notification);
        Payment payment = payments.lockByReference(notification.reference())
                .orElseThrow(() -> unknownPayment(notification.reference()));
        if (!providerName.equals(payment.getProviderName())
                || !notification.providerPaymentId().equals(payment.getProviderPaymentId())) {
            throw unknownPayment(notification.reference());
        }
        return settleLocked(payment, notification, "Rückmeldung der Zahlungsplattform");
    }

    /**
     * Asks the provider about one open payment and books it if the provider says it is paid (its callback never
     * came). Empty if there was nothing to do.
     */
    @Transactional
    public Optional<Settlement> reconcile(Long paymentId) {
        Payment payment = payments.lockById(paymentId).orElse(null);
        if (payment == null || payment.getStatus() != PaymentStatus.OPEN || !payment.hasProviderPayment()) {
            return Optional.empty();
        }
        Optional<PaymentProvider> provider = providers.find(payment.getProviderName());
        if (provider.isEmpty()) {
            LOG.warn("Payment {} was created at provider {}, which is no longer available", payment.getReference(),
                    payment.getProviderName());
            return Optional.empty();
        }
        ProviderStatus status = provider.get().status(payment.getProviderPaymentId());
        if (status.state() != ProviderStatus.State.PAID) {
            return Optional.empty();
        }
        return Optional.of(settleLocked(payment, notificationOf(payment, status), "Abgleich mit der Zahlungsplattform"));
    }

    /**
     * Books a payment confirmed by the payment platform and lets the process continue.
     *
     * @return true if this call booked it, false if it had been booked before
     */
    @Transactional
    public boolean confirm(String reference, String providerTransactionId) {
        if (providerTransactionId == null || !PROVIDER_ID.matcher(providerTransactionId).matches()) {
            throw new IllegalArgumentException("Not a provider transaction id");
        }
        Payment payment = payments.lockByReference(reference)
                .orElseThrow(() -> new NoSuchElementException("Unknown payment " + reference));
        if (payment.getStatus() == PaymentStatus.PAID) {
            return false;
        }
        if (payment.getStatus() != PaymentStatus.OPEN) {
            throw new IllegalStateException("Payment " + reference + " was " + payment.getStatus());
        }
        book(payment, providerTransactionId, "manuell bestätigt");
        return true;
    }

    /** Pays a booked fee back through the provider it was paid at. */
    @Transactional
    public Payment refund(String reference, String reason) {
        Payment payment = payments.lockByReference(reference).orElseThrow(() -> new NoSuchElementException(reference));
        if (payment.getStatus() != PaymentStatus.PAID) {
            throw new IllegalStateException("Only a paid fee can be refunded; " + reference + " is " + payment.getStatus());
        }
        PaymentProvider provider = providers.find(payment.getProviderName()).orElseThrow(() ->
                new IllegalStateException("Payment " + reference + " was not paid through an available provider"));
        RefundReceipt receipt = provider.refund(payment.getProviderPaymentId(), payment.getAmount());
        payment.markRefunded(receipt.refundId(), receipt.at());
        caseFiles.audit(payment.getCaseId(), CaseFileService.SYSTEM_ACTOR, "ZAHLUNG_ERSTATTET",
                "Kassenzeichen " + reference + ", Erstattung " + receipt.refundId() + (reason == null ? "" : ": " + reason));
        LOG.info("Payment {} for case {} refunded", reference, payment.getCaseNumber());
        return payment;
    }

    /**
     * Cancels what is still open for a case, e.g. when the payment deadline passed, here and at the provider so
     * that the citizen can no longer pay it. A payment the citizen made at the very last moment (paid at the
     * provider, not yet booked) is paid back: the case no longer waits for it.
     */
    @Transactional
    public void cancelOpen(Long caseId) {
        for (Payment payment : payments.lockByCaseId(caseId)) {
            if (payment.getStatus() != PaymentStatus.OPEN) {
                continue;
            }
            ProviderStatus atProvider = cancelAtProvider(payment);
            if (atProvider != null && atProvider.state() == ProviderStatus.State.PAID && atProvider.transactionId() != null) {
                payment.markPaid(atProvider.transactionId(), atProvider.paidAt() != null ? atProvider.paidAt() : clock.instant());
                RefundReceipt receipt = providers.find(payment.getProviderName()).orElseThrow()
                        .refund(payment.getProviderPaymentId(), payment.getAmount());
                payment.markRefunded(receipt.refundId(), receipt.at());
                caseFiles.audit(caseId, CaseFileService.SYSTEM_ACTOR, "ZAHLUNG_ERSTATTET", "Kassenzeichen "
                        + payment.getReference() + " nach Ablauf der Zahlungsfrist bezahlt und erstattet (" + receipt.refundId() + ")");
                LOG.warn("Payment {} for case {} was paid after its deadline and has been refunded",
                        payment.getReference(), payment.getCaseNumber());
            } else {
                payment.cancel();
                caseFiles.audit(caseId, CaseFileService.SYSTEM_ACTOR, "ZAHLUNG_STORNIERT", "Kassenzeichen " + payment.getReference());
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Payment> paymentsOf(Long caseId) {
        return payments.findByCaseIdOrderByCreatedAtAsc(caseId);
    }

    @Transactional(readOnly = true)
    public Payment require(String reference) {
        return payments.findByReference(reference).orElseThrow(() -> new NoSuchElementException(reference));
    }

    /** Payments of an authority requested, paid or refunded on a day (German time), for the cash office. */
    @Transactional(readOnly = true)
    public List<Payment> dayReport(String authorityId, LocalDate day) {
        Instant from = day.atStartOfDay(GERMANY).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(GERMANY).toInstant();
        return payments.findForDayReport(authorityId, from, to);
    }

    private Settlement settleLocked(Payment payment, ProviderNotification notification, String source) {
        if (!notification.reportsPaid()) {
            return Settlement.IGNORED;
        }
        if (!payment.getCurrency().equals(notification.currency())) {
            throw new PaymentRejectedException("CURRENCY_MISMATCH", HttpStatus.UNPROCESSABLE_ENTITY,
                    "Die Währung entspricht nicht der geforderten Gebühr.", payment.getReference());
        }
        if (notification.amount() == null || payment.getAmount().compareTo(notification.amount()) != 0) {
            throw new PaymentRejectedException("AMOUNT_MISMATCH", HttpStatus.UNPROCESSABLE_ENTITY,
                    "Der Betrag entspricht nicht der geforderten Gebühr.", payment.getReference());
        }
        if (notification.transactionId().equals(payment.getProviderTransactionId())) {
            return Settlement.ALREADY_BOOKED;
        }
        switch (payment.getStatus()) {
            case OPEN:
                book(payment, notification.transactionId(), source);
                return Settlement.BOOKED;
            case PAID:
                throw transactionConflict(payment.getReference());
            default:
                throw notPayable(payment);
        }
    }

    /** The one place a payment becomes PAID: in the caller's transaction, with the payment row locked. */
    private void book(Payment payment, String transactionId, String source) {
        if (payments.existsByProviderTransactionIdAndIdNot(transactionId, payment.getId())) {
            throw transactionConflict(payment.getReference());
        }
        payment.markPaid(transactionId, clock.instant());
        payments.saveAndFlush(payment); // the unique transaction id is checked here, before the process moves on
        CaseFile caseFile = caseFiles.require(payment.getCaseId());
        caseFiles.recordStatus(caseFile.getId(), CaseStatus.BEZAHLT, CaseFileService.CITIZEN_ACTOR,
                "Zahlung " + payment.getAmount().toPlainString() + " EUR eingegangen");
        caseFiles.audit(caseFile.getId(), CaseFileService.SYSTEM_ACTOR, "ZAHLUNG_GEBUCHT",
                "Kassenzeichen " + payment.getReference() + ", Transaktion " + transactionId + " (" + source + ")");
        int continued = runtimeService.createMessageCorrelation(PAYMENT_RECEIVED_MESSAGE)
                .processInstanceBusinessKey(caseFile.getCaseNumber())
                .correlateAllWithResult()
                .size();
        LOG.info("Payment {} for case {} booked ({}); {} waiting execution(s) continued", payment.getReference(),
                caseFile.getCaseNumber(), source, continued);
    }

    private ProviderStatus cancelAtProvider(Payment payment) {
        if (!payment.hasProviderPayment()) {
            return null;
        }
        try {
            return providers.find(payment.getProviderName()).map(p -> p.cancel(payment.getProviderPaymentId())).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("Payment {} could not be withdrawn at {}: {}", payment.getReference(), payment.getProviderName(),
                    e.toString());
            return null;
        }
    }

    /** From {@code antrag.payment.callback-base-url}, never from the citizen's request (its Host header). */
    private String callbackUrl(PaymentProvider provider) {
        return addresses.callback(CALLBACK_PATH + "/" + provider.name());
    }

    private static String purposeOf(Payment payment) {
        return payment.getReference() + " " + payment.getCaseNumber();
    }

    private static ProviderNotification notificationOf(Payment payment, ProviderStatus status) {
        return new ProviderNotification(payment.getProviderPaymentId(), payment.getReference(), status.amount(),
                status.currency(), status.transactionId(), ProviderNotification.STATUS_PAID, status.paidAt());
    }

    private static void validate(ProviderNotification notification) {
        if (notification.reference() == null || !REFERENCE.matcher(notification.reference()).matches()) {
            throw PaymentRejectedException.malformed("reference");
        }
        if (notification.providerPaymentId() == null || !PROVIDER_ID.matcher(notification.providerPaymentId()).matches()) {
            throw PaymentRejectedException.malformed("providerPaymentId");
        }
        if (notification.status() == null || !notification.status().matches("[A-Z_]{1,20}")) {
            throw PaymentRejectedException.malformed("status");
        }
        if (notification.reportsPaid()) {
            if (notification.transactionId() == null || !PROVIDER_ID.matcher(notification.transactionId()).matches()) {
                throw PaymentRejectedException.malformed("transactionId");
            }
            if (notification.currency() == null || !notification.currency().matches("[A-Z]{3}")) {
                throw PaymentRejectedException.malformed("currency");
            }
            if (notification.amount() == null) {
                throw PaymentRejectedException.malformed("amount");
            }
        }
    }

    private static PaymentRejectedException unknownPayment(String reference) {
        return new PaymentRejectedException("UNKNOWN_PAYMENT", HttpStatus.NOT_FOUND,
                "Zu dieser Benachrichtigung gibt es keine Zahlung.", reference);
    }

    private static PaymentRejectedException transactionConflict(String reference) {
        return new PaymentRejectedException("TRANSACTION_CONFLICT", HttpStatus.CONFLICT,
                "Diese Gebühr ist bereits mit einer anderen Transaktion bezahlt, oder die Transaktion gehört zu einer "
                        + "anderen Gebühr.", reference);
    }

    private static PaymentRejectedException notPayable(Payment payment) {
        if (payment.getStatus() == PaymentStatus.REFUNDED) {
            return new PaymentRejectedException("PAYMENT_REFUNDED", HttpStatus.CONFLICT,
                    "Diese Gebühr wurde erstattet und kann nicht erneut bezahlt werden.", payment.getReference());
        }
        return new PaymentRejectedException("PAYMENT_CANCELLED", HttpStatus.CONFLICT,
                "Diese Gebühr kann nicht mehr bezahlt werden, weil die Zahlungsfrist abgelaufen ist.", payment.getReference());
    }

    private static String newReference() {
        StringBuilder reference = new StringBuilder("TH-");
        for (int i = 0; i < 12; i++) {
            reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }
}
