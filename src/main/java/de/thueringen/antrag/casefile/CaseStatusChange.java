package de.thueringen.antrag.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step of the status history the citizen follows. */
@Entity
@Table(name = "case_status_change")
public class CaseStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_status_change_seq")
    @SequenceGenerator(name = "case_status_change_seq", sequenceName = "case_status_change_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CaseStatus status;
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;
    @Column(nullable = false, updatable = false)
    private String actor;
    @Column(updatable = false)
    private String note;

    protected CaseStatusChange() {
    }

    CaseStatusChange(Long caseId, CaseStatus status, Instant changedAt, String actor, String note) {
        this.caseId = caseId;
        this.status = status;
        this.changedAt = changedAt;
        this.actor = actor;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public CaseStatus getStatus() { return status; }
    public Instant getChangedAt() { return changedAt; }
    public String getActor() { return actor; }
    public String getNote() { return note; }
}
