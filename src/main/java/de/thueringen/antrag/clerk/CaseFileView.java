package de.thueringen.antrag.clerk;

import java.time.Instant;
import java.util.List;

/**
 * A case file as shown to clerks (HTML page, JSON, the "Akte" tab in Tasklist). Every text is escaped by whoever
 * renders it. {@code history} is the status history, {@code audit} who did what when, {@code messages} the
 * citizen's mailbox (Postfach) of this case, {@code notes} the authority's internal notes.
 */
record CaseFileView(String caseNumber, String service, String authority, String status, String statusText,
                    Instant submittedAt, Instant closedAt, Applicant applicant, List<Field> data,
                    List<StatusEntry> history, List<Document> documents, List<Message> messages, List<Note> notes,
                    List<AuditLine> audit, String notesUrl) {

    record Applicant(String name, String address, String email, String phone) {
    }

    record Field(String key, String label, String value) {
    }

    record StatusEntry(String status, String text, Instant at, String actor) {
    }

    record Document(long id, String kind, String kindText, String fileName, long sizeBytes, Instant createdAt,
                    String url) {
    }

    /** A message of the mailbox: {@code direction} TO_CITIZEN or FROM_CITIZEN. */
    record Message(long id, String direction, String directionText, String subject, String body, Instant createdAt,
                   Instant readAt, String documentUrl) {
    }

    record Note(long id, String author, String text, Instant createdAt) {
    }

    record AuditLine(Instant at, String actor, String action, String detail) {
    }
}
