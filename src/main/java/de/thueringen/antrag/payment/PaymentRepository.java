package de.thueringen.antrag.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.reference = ?1")
    Optional<Payment> lockByReference(String reference);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.id = ?1")
    Optional<Payment> lockById(Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.caseId = ?1 order by p.id")
    List<Payment> lockByCaseId(Long caseId);

    Optional<Payment> findByReference(String reference);

    List<Payment> findByCaseIdOrderByCreatedAtAsc(Long caseId);

    List<Payment> findByCaseIdAndStatus(Long caseId, PaymentStatus status);

    boolean existsByProviderTransactionIdAndIdNot(String providerTransactionId, Long id);

    /** Open payments whose checkout at a provider started before the cutoff: candidates for reconciliation. */
    @Query("select p.id from Payment p where p.status = de.thueringen.antrag.payment.PaymentStatus.OPEN "
            + "and p.providerPaymentId is not null and p.checkoutAt < ?1 order by p.checkoutAt")
    List<Long> findOpenCheckoutsBefore(Instant cutoff, Pageable page);

    /** Payments of an authority requested, paid or refunded within [from, to). */
    @Query("select p from Payment p where p.authorityId = ?1 and ("
            + "(p.createdAt >= ?2 and p.createdAt < ?3) or (p.paidAt >= ?2 and p.paidAt < ?3) "
            + "or (p.refundedAt >= ?2 and p.refundedAt < ?3)) order by p.createdAt, p.id")
    List<Payment> findForDayReport(String authorityId, Instant from, Instant to);
}
