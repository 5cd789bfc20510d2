package de.thueringen.antrag.casefile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    List<CaseDocument> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);

    Optional<CaseDocument> findByCaseIdAndNoticeKey(Long caseId, String noticeKey);

    Optional<CaseDocument> findByIdAndCaseId(Long id, Long caseId);
}
