package de.thueringen.antrag.casefile;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    Optional<CaseFile> findByTrackingTokenHash(String trackingTokenHash);
}
