package de.thueringen.antrag.clerk;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;

/**
 * Internal notes on a case: written by clerks of the responsible authority, shown in the case file and recorded in
 * its audit trail. The text is stored as typed (only trimmed, control characters other than line breaks refused)
 * and escaped by whoever shows it.
 */
@Service
public class CaseNotes {

    public static final int MAX_LENGTH = 4000;
    static final String AUDIT_ACTION = "NOTIZ_HINZUGEFUEGT";
    private static final int AUDIT_EXCERPT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(CaseNotes.class);

    private final CaseNoteRepository notes;
    private final CaseFileService caseFiles;
    private final Clock clock;

    CaseNotes(CaseNoteRepository notes, CaseFileService caseFiles, Clock clock) {
        this.notes = notes;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Transactional
    public CaseNote add(CaseFile caseFile, String author, String text) {
        String body = validated(text);
        CaseNote note = notes.save(new CaseNote(caseFile.getId(), author, body, clock.instant()));
        caseFiles.audit(caseFile.getId(), author, AUDIT_ACTION, "Interne Notiz: " + excerpt(body));
        LOG.info("Internal note {} added to case {}", note.getId(), caseFile.getCaseNumber());
        return note;
    }

    @Transactional(readOnly = true)
    public List<CaseNote> of(Long caseId) {
        return notes.findByCaseIdOrderByCreatedAtAscIdAsc(caseId);
    }

    /** The text as it will be stored; refuses empty, overlong and control-character text with a German message. */
    static String validated(String text) {
        String body = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (body.isEmpty()) {
            throw ClerkApiException.invalid("Bitte geben Sie einen Text für die Notiz ein.");
        }
        if (body.length() > MAX_LENGTH) {
            throw ClerkApiException.invalid("Eine Notiz darf höchstens " + MAX_LENGTH + " Zeichen lang sein.");
        }
        boolean control = body.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t');
        if (control) {
            throw ClerkApiException.invalid("Die Notiz enthält unzulässige Steuerzeichen.");
        }
        return body;
    }

    private static String excerpt(String body) {
        String oneLine = body.replace('\n', ' ').replace('\t', ' ');
        if (oneLine.length() <= AUDIT_EXCERPT) {
            return oneLine;
        }
        int end = AUDIT_EXCERPT;
        if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
            end--;
        }
        return oneLine.substring(0, end) + " …";
    }
}
