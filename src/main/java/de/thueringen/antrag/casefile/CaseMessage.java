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

/** A message in the citizen's mailbox (Postfach) of one case. */
@Entity
@Table(name = "case_message")
public class CaseMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_message_seq")
    @SequenceGenerator(name = "case_message_seq", sequenceName = "case_message_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageDirection direction;
    /** Which kind of message this is (e.g. ZAHLUNGSERINNERUNG); unique per case, null for free text. */
    @Column(updatable = false)
    private String template;
    @Column(nullable = false, updatable = false)
    private String subject;
    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String body;
    /** A document the message carries (e.g. the notice it announces). */
    @Column(name = "document_id", updatable = false)
    private Long documentId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;

    protected CaseMessage() {
    }

    CaseMessage(Long caseId, MessageDirection direction, String template, String subject, String body, Long documentId,
                Instant createdAt) {
        this.caseId = caseId;
        this.direction = direction;
        this.template = template;
        this.subject = subject;
        this.body = body;
        this.documentId = documentId;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public MessageDirection getDirection() { return direction; }
    public String getTemplate() { return template; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Long getDocumentId() { return documentId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
