package de.thueringen.antrag.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMessageRepository extends JpaRepository<CaseMessage, Long> {

    List<CaseMessage> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);

    Optional<CaseMessage> findByCaseIdAndTemplate(Long caseId, String template);
}
