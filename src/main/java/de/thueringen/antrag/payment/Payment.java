package de.thueringen.antrag.payment;

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

/**
 * A fee the citizen has to pay for a case, and what the payment provider said about it. One payment has at most one
 * current provider payment (the checkout the citizen was sent to); its transaction id is unique, so one transaction
 * can never settle two fees.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    /** Aktenzeichen of the case, part of the Verwendungszweck and of the cash office's report. */
    @Column(name = "case_number", updatable = false)
    private String caseNumber;
    /** The authority (payee) whose cash office receives the fee. */
    @Column(name = "authority_id", updatable = false)
    private String authorityId;
    /** Kassenzeichen: what the citizen quotes; unguessable enough not to reveal other payments. */
    @Column(nullable = false, unique = true, updatable = false)
    private String reference;
    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @Column(nullable = false, updatable = false)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "provider_name")
    private String providerName;
    @Column(name = "provider_payment_id")
    private String providerPaymentId;
    @Column(name = "provider_redirect_url")
    private String providerRedirectUrl;
    @Column(name = "checkout_at")
    private Instant checkoutAt;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "provider_transaction_id", unique = true)
    private String providerTransactionId;
    @Column(name = "refunded_at")
    private Instant refundedAt;
    @Column(name = "refund_id")
    private String refundId;
    @Version
    private long version;

    protected Payment() {
    }

    Payment(Long caseId, String caseNumber, String authorityId, String reference, BigDecimal amount, Instant createdAt) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.authorityId = authorityId;
        this.reference = reference;
        this.amount = amount;
        this.currency = "EUR";
        this.status = PaymentStatus.OPEN;
        this.createdAt = createdAt;
    }

    void attachProviderPayment(String providerName, String providerPaymentId, String redirectUrl, Instant at) {
        this.providerName = providerName;
        this.providerPaymentId = providerPaymentId;
        this.providerRedirectUrl = redirectUrl;
        this.checkoutAt = at;
    }

    void markPaid(String providerTransactionId, Instant at) {
        this.status = PaymentStatus.PAID;
        this.providerTransactionId = providerTransactionId;
        this.paidAt = at;
    }

    void markRefunded(String refundId, Instant at) {
        this.status = PaymentStatus.REFUNDED;
        this.refundId = refundId;
        this.refundedAt = at;
    }

    void cancel() {
        this.status = PaymentStatus.CANCELLED;
    }

    boolean hasProviderPayment() {
        return providerName != null && providerPaymentId != null;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public String getAuthorityId() { return authorityId; }
    public String getReference() { return reference; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public PaymentStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public String getProviderName() { return providerName; }
    public String getProviderPaymentId() { return providerPaymentId; }
    public String getProviderRedirectUrl() { return providerRedirectUrl; }
    public Instant getCheckoutAt() { return checkoutAt; }
    public Instant getPaidAt() { return paidAt; }
    public String getProviderTransactionId() { return providerTransactionId; }
    public Instant getRefundedAt() { return refundedAt; }
    public String getRefundId() { return refundId; }
}
