package de.thueringen.antrag.payment.simulator;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The platform's own record of a payment (what ePayBL would keep on its side). */
@Entity
@Table(name = "epay_sim_payment")
class SimulatedPayment {

    enum Status { OPEN, PAID, CANCELLED, REFUNDED }

    enum CallbackOutcome { DELIVERED, REJECTED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "epay_sim_payment_seq")
    @SequenceGenerator(name = "epay_sim_payment_seq", sequenceName = "epay_sim_payment_seq", allocationSize = 50)
    private Long id;
    @Column(name = "provider_payment_id", nullable = false, unique = true, updatable = false)
    private String providerPaymentId;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;
    @Column(nullable = false, updatable = false)
    private String payee;
    @Column(nullable = false, updatable = false)
    private String purpose;
    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @Column(nullable = false, updatable = false)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "payment_method")
    private String method;
    @Column(name = "transaction_id", unique = true)
    private String transactionId;
    @Column(name = "callback_url", nullable = false, updatable = false)
    private String callbackUrl;
    @Column(name = "return_url", updatable = false)
    private String returnUrl;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "refund_id")
    private String refundId;
    @Column(name = "refunded_at")
    private Instant refundedAt;
    @Column(name = "aborted_attempts", nullable = false)
    private int abortedAttempts;
    @Enumerated(EnumType.STRING)
    @Column(name = "callback_outcome")
    private CallbackOutcome callbackOutcome;
    @Column(name = "callback_attempts", nullable = false)
    private int callbackAttempts;
    @Version
    private long version;

    protected SimulatedPayment() {
    }

    SimulatedPayment(String providerPaymentId, String reference, String caseNumber, String payee, String purpose,
                     BigDecimal amount, String currency, String callbackUrl, String returnUrl, Instant createdAt) {
        this.providerPaymentId = providerPaymentId;
        this.reference = reference;
        this.caseNumber = caseNumber;
        this.payee = payee;
        this.purpose = purpose;
        this.amount = amount;
        this.currency = currency;
        this.callbackUrl = callbackUrl;
        this.returnUrl = returnUrl;
        this.createdAt = createdAt;
        this.status = Status.OPEN;
    }

    void pay(PaymentMethod method, String transactionId, Instant at) {
        this.status = Status.PAID;
        this.method = method.name();
        this.transactionId = transactionId;
        this.paidAt = at;
    }

    void abortAttempt() {
        abortedAttempts++;
    }

    void cancel() {
        this.status = Status.CANCELLED;
    }

    void refund(String refundId, Instant at) {
        this.status = Status.REFUNDED;
        this.refundId = refundId;
        this.refundedAt = at;
    }

    void recordCallback(CallbackOutcome outcome) {
        this.callbackOutcome = outcome;
        this.callbackAttempts++;
    }

    Long getId() { return id; }
    String getProviderPaymentId() { return providerPaymentId; }
    String getReference() { return reference; }
    String getCaseNumber() { return caseNumber; }
    String getPayee() { return payee; }
    String getPurpose() { return purpose; }
    BigDecimal getAmount() { return amount; }
    String getCurrency() { return currency; }
    Status getStatus() { return status; }
    String getMethod() { return method; }
    String getTransactionId() { return transactionId; }
    String getCallbackUrl() { return callbackUrl; }
    String getReturnUrl() { return returnUrl; }
    Instant getCreatedAt() { return createdAt; }
    Instant getPaidAt() { return paidAt; }
    String getRefundId() { return refundId; }
    Instant getRefundedAt() { return refundedAt; }
    int getAbortedAttempts() { return abortedAttempts; }
    CallbackOutcome getCallbackOutcome() { return callbackOutcome; }
    int getCallbackAttempts() { return callbackAttempts; }
}
