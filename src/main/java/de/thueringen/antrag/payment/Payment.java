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

/** A fee the citizen has to pay for a case. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
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
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "provider_transaction_id", unique = true)
    private String providerTransactionId;
    @Version
    private long version;

    protected Payment() {
    }

    Payment(Long caseId, String reference, BigDecimal amount, Instant createdAt) {
        this.caseId = caseId;
        this.reference = reference;
        this.amount = amount;
        this.currency = "EUR";
        this.status = PaymentStatus.OPEN;
        this.createdAt = createdAt;
    }

    void markPaid(String providerTransactionId, Instant at) {
        this.status = PaymentStatus.PAID;
        this.providerTransactionId = providerTransactionId;
        this.paidAt = at;
    }

    void cancel() {
        this.status = PaymentStatus.CANCELLED;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getReference() { return reference; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public PaymentStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPaidAt() { return paidAt; }
    public String getProviderTransactionId() { return providerTransactionId; }
}
