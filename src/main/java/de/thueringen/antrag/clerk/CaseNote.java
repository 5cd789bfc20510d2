package de.thueringen.antrag.clerk;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An internal note of the authority on a case. Only clerks of the authority see it; it is never changed. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Column(nullable = false, updatable = false)
    private String author;
    @Column(nullable = false, updatable = false, length = CaseNotes.MAX_LENGTH)
    private String body;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseNote() {
    }

    CaseNote(Long caseId, String author, String body, Instant createdAt) {
        this.caseId = caseId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
