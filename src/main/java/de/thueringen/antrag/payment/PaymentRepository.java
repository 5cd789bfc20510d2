package de.thueringen.antrag.payment;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.reference = ?1")
    Optional<Payment> lockByReference(String reference);

    Optional<Payment> findByReference(String reference);

    List<Payment> findByCaseIdOrderByCreatedAtAsc(Long caseId);

    List<Payment> findByCaseIdAndStatus(Long caseId, PaymentStatus status);
}
