package de.thueringen.antrag.payment.simulator;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SimulatedPaymentRepository extends JpaRepository<SimulatedPayment, Long> {

    Optional<SimulatedPayment> findByProviderPaymentId(String providerPaymentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SimulatedPayment s where s.providerPaymentId = ?1")
    Optional<SimulatedPayment> lockByProviderPaymentId(String providerPaymentId);
}
