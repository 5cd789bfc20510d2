package de.thueringen.antrag.clerk;

import java.time.Instant;
import java.util.List;

/** A case file as shown to clerks (HTML page and JSON). Every text is escaped by whoever renders it. */
record CaseFileView(String caseNumber, String service, String authority, String status, String statusText,
                    Instant submittedAt, Applicant applicant, List<Field> data, List<StatusEntry> history,
                    List<Document> documents, List<AuditLine> audit) {

    record Applicant(String name, String address, String email, String phone) {
    }

    record Field(String key, String label, String value) {
    }

    record StatusEntry(String status, String text, Instant at, String actor) {
    }

    record Document(long id, String kind, String fileName, long sizeBytes, Instant createdAt, String url) {
    }

    record AuditLine(Instant at, String actor, String action, String detail) {
    }
}
