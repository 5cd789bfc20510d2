package de.thueringen.antrag.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);
}
