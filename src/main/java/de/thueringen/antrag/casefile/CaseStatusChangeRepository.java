package de.thueringen.antrag.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStatusChangeRepository extends JpaRepository<CaseStatusChange, Long> {

    List<CaseStatusChange> findByCaseIdOrderByChangedAtAscIdAsc(Long caseId);
}
