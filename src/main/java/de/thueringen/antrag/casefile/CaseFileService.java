package de.thueringen.antrag.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The only way other modules read or change case files. */
@Service
public class CaseFileService {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFileService.class);
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    public static final String SYSTEM_ACTOR = "system";
    public static final String CITIZEN_ACTOR = "antragsteller";
    /** Audit action of a staff member reading the case file (page, JSON, notes, a document). */
    public static final String READ_BY_STAFF = "AKTE_GELESEN";

    private final CaseFileRepository cases;
    private final CaseStatusChangeRepository statusChanges;
    private final CaseDocumentRepository documents;
    private final AuditEntryRepository auditEntries;
    private final CaseMessageRepository messages;
    private final CaseNumberAllocator caseNumbers;
    private final Clock clock;

    CaseFileService(CaseFileRepository cases, CaseStatusChangeRepository statusChanges,
                    CaseDocumentRepository documents, AuditEntryRepository auditEntries,
                    CaseMessageRepository messages, CaseNumberAllocator caseNumbers, Clock clock) {
        this.messages = messages;
        this.cases = cases;
        this.statusChanges = statusChanges;
        this.documents = documents;
        this.auditEntries = auditEntries;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    @Transactional
    public OpenedCase open(NewCase newCase, List<NewDocument> uploads) {
        Instant now = clock.instant();
        String caseNumber = caseNumbers.next(newCase.authorityId(), newCase.caseNumberPrefix(), Year.now(clock.withZone(GERMANY)));
        String token = TrackingTokens.newToken();
        CaseFile caseFile = cases.save(new CaseFile(caseNumber, newCase, TrackingTokens.hash(token), now));
        statusChanges.save(new CaseStatusChange(caseFile.getId(), CaseStatus.EINGEGANGEN, now, CITIZEN_ACTOR, null));
        for (NewDocument upload : uploads) {
            documents.save(new CaseDocument(caseFile.getId(), DocumentKind.UPLOAD, null, null, upload.evidenceKey(),
                    upload.fileName(), upload.contentType(), upload.content(), TrackingTokens.sha256Hex(upload.content()), now));
        }
        audit(caseFile.getId(), CITIZEN_ACTOR, "ANTRAG_EINGEREICHT",
                "Leistung " + newCase.serviceId() + ", " + uploads.size() + " Nachweis(e)");
        LOG.info("Case {} opened for service {} at {}", caseNumber, newCase.serviceId(), newCase.authorityId());
        return new OpenedCase(caseFile.getId(), caseNumber, token);
    }

    @Transactional
    public void attachProcessInstance(Long caseId, String processInstanceId) {
        require(caseId).attachProcessInstance(processInstanceId);
    }

    /** Records a status change; recording the status the case already has is a no-op, so a retried job is harmless. */
    @Transactional
    public void recordStatus(Long caseId, CaseStatus status, String actor, String note) {
        CaseFile caseFile = require(caseId);
        if (caseFile.getStatus() == status) {
            return;
        }
        Instant now = clock.instant();
        caseFile.changeStatus(status, now);
        statusChanges.save(new CaseStatusChange(caseId, status, now, actor, note));
        audit(caseId, actor, "STATUS_" + status.name(), note);
        LOG.info("Case {} is now {}", caseFile.getCaseNumber(), status);
    }

    /**
     * Hands the case to another authority (forwarding to the competent one): from now on it belongs to that authority;
     * the audit trail records who forwarded it, from where and why, and the citizen is told in the mailbox. The
     * applicant's municipality and the case number stay.
     */
    @Transactional
    public void forward(Long caseId, String toAuthorityId, String toAuthorityName, String actor, String reason) {
        CaseFile caseFile = require(caseId);
        String from = caseFile.getAuthorityId();
        caseFile.moveTo(toAuthorityId);
        audit(caseId, actor, "VORGANG_WEITERGELEITET", "von " + from + " an " + toAuthorityId + ": " + reason);
        postToCitizen(caseId, "WEITERGELEITET:" + toAuthorityId + ":" + clock.millis(),
                "Ihr Antrag wurde an die zuständige Behörde weitergeleitet",
                "Ihr Antrag " + caseFile.getCaseNumber() + " wird jetzt von folgender Behörde bearbeitet: " + toAuthorityName
                        + ".\n\nGrund: " + reason + "\n\nSie müssen nichts tun; Ihre Unterlagen und Fristen gelten weiter.",
                null);
        LOG.info("Case {} forwarded from {} to {}", caseFile.getCaseNumber(), from, toAuthorityId);
    }

    /** Stores a generated notice once per kind; a second call returns the first document unchanged. */
    @Transactional
    public CaseDocument storeNotice(Long caseId, String noticeKind, String fileName, byte[] pdf) {
        return storeNotice(caseId, noticeKind, noticeKind, fileName, pdf);
    }

    /**
     * Stores a generated notice once per key (e.g. "DOCUMENT_REQUEST:<request id>" where a case can have several of
     * a kind); a second call with the same key returns the first document unchanged.
     */
    @Transactional
    public CaseDocument storeNotice(Long caseId, String noticeKind, String noticeKey, String fileName, byte[] pdf) {
        Optional<CaseDocument> existing = findNotice(caseId, noticeKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        CaseDocument notice = documents.save(new CaseDocument(caseId, DocumentKind.NOTICE, noticeKind, noticeKey, null, fileName,
                "application/pdf", pdf, TrackingTokens.sha256Hex(pdf), clock.instant()));
        audit(caseId, SYSTEM_ACTOR, "BESCHEID_ERSTELLT", fileName);
        return notice;
    }

    /**
     * Puts a message into the citizen's mailbox. A message with a template key is posted once per case: posting it
     * again (a retried job) returns the first one.
     */
    @Transactional
    public CaseMessage postToCitizen(Long caseId, String template, String subject, String body, Long documentId) {
        if (template != null) {
            Optional<CaseMessage> existing = messages.findByCaseIdAndTemplate(caseId, template);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        CaseMessage message = messages.save(new CaseMessage(caseId, MessageDirection.TO_CITIZEN, template, subject, body,
                documentId, clock.instant()));
        audit(caseId, SYSTEM_ACTOR, "NACHRICHT_GESENDET", subject);
        return message;
    }

    /**
     * Adds documents the citizen hands in after the application (answer to a request for documents), already checked
     * by intake like the evidence of an application.
     */
    @Transactional
    public List<CaseDocument> addCitizenDocuments(Long caseId, List<NewDocument> uploads) {
        require(caseId);
        Instant now = clock.instant();
        List<CaseDocument> stored = new java.util.ArrayList<>();
        for (NewDocument upload : uploads) {
            stored.add(documents.save(new CaseDocument(caseId, DocumentKind.UPLOAD, null, null, upload.evidenceKey(),
                    upload.fileName(), upload.contentType(), upload.content(), TrackingTokens.sha256Hex(upload.content()), now)));
        }
        audit(caseId, CITIZEN_ACTOR, "UNTERLAGEN_NACHGEREICHT", uploads.size() + " Datei(en)");
        return stored;
    }

    /** A message from the citizen to the authority in the case's mailbox (e.g. with documents handed in later). */
    @Transactional
    public CaseMessage postFromCitizen(Long caseId, String subject, String body) {
        require(caseId);
        CaseMessage message = messages.save(new CaseMessage(caseId, MessageDirection.FROM_CITIZEN, null, subject, body,
                null, clock.instant()));
        audit(caseId, CITIZEN_ACTOR, "NACHRICHT_ERHALTEN", subject);
        return message;
    }

    @Transactional(readOnly = true)
    public List<CaseMessage> mailbox(Long caseId) {
        return messages.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
    }

    /** The notice stored under this key, if any: lets callers skip rendering a notice that exists. */
    @Transactional(readOnly = true)
    public Optional<CaseDocument> findNotice(Long caseId, String noticeKey) {
        return documents.findByCaseIdAndNoticeKey(caseId, noticeKey);
    }

    @Transactional
    public void audit(Long caseId, String actor, String action, String detail) {
        auditEntries.save(new AuditEntry(caseId, clock.instant(), actor, action, detail));
    }

    /**
     * Records that a staff member read the case file: data protection asks who saw a citizen's data, not only who
     * changed it. {@code what} names the part read, e.g. "Akte (Seite)" or a document's name.
     */
    @Transactional
    public void recordReadByStaff(Long caseId, String userId, String what) {
        audit(caseId, userId, READ_BY_STAFF, what);
    }

    @Transactional(readOnly = true)
    public CaseFile require(Long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NoSuchElementException("No case " + caseId));
    }

    @Transactional(readOnly = true)
    public Optional<CaseFile> findByCaseNumber(String caseNumber) {
        return cases.findByCaseNumber(caseNumber);
    }

    @Transactional(readOnly = true)
    public Optional<CaseFile> findByTrackingToken(String token) {
        if (!TrackingTokens.looksValid(token)) {
            return Optional.empty();
        }
        return cases.findByTrackingTokenHash(TrackingTokens.hash(token));
    }

    @Transactional(readOnly = true)
    public List<CaseStatusChange> statusHistory(Long caseId) {
        return statusChanges.findByCaseIdOrderByChangedAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public List<CaseDocument> documents(Long caseId) {
        return documents.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public Optional<CaseDocument> document(Long caseId, Long documentId) {
        return documents.findByIdAndCaseId(documentId, caseId).map(d -> {
            d.getContent(); // load the lazy content inside the transaction
            return d;
        });
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail(Long caseId) {
        return auditEntries.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
    }
}
