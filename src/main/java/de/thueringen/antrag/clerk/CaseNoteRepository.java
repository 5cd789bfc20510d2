package de.thueringen.antrag.clerk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNoteRepository extends JpaRepository<CaseNote, Long> {

    List<CaseNote> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);
}
