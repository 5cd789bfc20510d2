package de.thueringen.antrag.casefile;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file in the case file: uploaded evidence or a generated notice. Stored with its SHA-256 for integrity. */
@Entity
@Table(name = "case_document")
public class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;
    /** For notices: which kind (APPROVAL, REJECTION, …); unique per case. */
    @Column(name = "notice_kind", updatable = false)
    private String noticeKind;
    /** Idempotency key of a notice: its kind, or kind and the request it answers; unique per case. */
    @Column(name = "notice_key", updatable = false)
    private String noticeKey;
    /** For uploads: which evidence of the service this file is (e.g. "zulassungsbescheinigung"). */
    @Column(name = "evidence_key", updatable = false)
    private String evidenceKey;
    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;
    @Column(nullable = false, updatable = false)
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] content;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseDocument() {
    }

    CaseDocument(Long caseId, DocumentKind kind, String noticeKind, String noticeKey, String evidenceKey, String fileName,
                 String contentType, byte[] content, String sha256, Instant createdAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.noticeKind = noticeKind;
        this.noticeKey = noticeKey;
        this.evidenceKey = evidenceKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public DocumentKind getKind() { return kind; }
    public String getNoticeKind() { return noticeKind; }
    public String getNoticeKey() { return noticeKey; }
    public String getEvidenceKey() { return evidenceKey; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public Instant getCreatedAt() { return createdAt; }
}
