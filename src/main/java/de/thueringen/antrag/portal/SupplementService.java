package de.thueringen.antrag.portal;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.NewDocument;
import de.thueringen.antrag.intake.IntakeService;
import de.thueringen.antrag.intake.SubmissionRequest;

/**
 * Documents a citizen hands in after a request for missing documents: checked like evidence (type by content,
 * sizes), stored in the case file with a message from the citizen, and the waiting process is told
 * ({@value #ANSWERED_MESSAGE}, correlated by business key = case number), all in one transaction.
 */
@Service
class SupplementService {

    static final String ANSWERED_MESSAGE = "NachforderungBeantwortet";
    private static final Logger LOG = LoggerFactory.getLogger(SupplementService.class);
    static final int MAX_NOTE_LENGTH = 2000;

    private final IntakeService intake;
    private final CaseFileService caseFiles;
    private final RuntimeService runtimeService;

    SupplementService(IntakeService intake, CaseFileService caseFiles, RuntimeService runtimeService) {
        this.intake = intake;
        this.caseFiles = caseFiles;
        this.runtimeService = runtimeService;
    }

    @Transactional
    void handIn(CaseFile caseFile, List<SubmissionRequest.Attachment> attachments, String note) {
        if (note.length() > MAX_NOTE_LENGTH || note.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && c != '\n' && c != '\r' && c != '\t')) {
            throw new de.thueringen.antrag.intake.SubmissionRejectedException("VALIDATION_FAILED", "Die Nachricht ist ungültig.",
                    List.of(new de.thueringen.antrag.web.FieldError("nachricht", "TOO_LONG",
                            "Ihre Nachricht darf höchstens " + MAX_NOTE_LENGTH + " Zeichen lang sein.")));
        }
        List<NewDocument> documents = intake.checkSupplement(attachments);
        caseFiles.addCitizenDocuments(caseFile.getId(), documents);
        String body = (note.isEmpty() ? "" : note + "\n\n") + "Nachgereicht: "
                + String.join(", ", documents.stream().map(NewDocument::fileName).toList());
        caseFiles.postFromCitizen(caseFile.getId(), "Unterlagen nachgereicht", body);
        int correlated = runtimeService.createMessageCorrelation(ANSWERED_MESSAGE)
                .processInstanceBusinessKey(caseFile.getCaseNumber())
                .setVariable("supplementedDocuments", documents.size())
                .correlateAllWithResult().size();
        LOG.info("Case {}: {} document(s) handed in, {} waiting process(es) told", caseFile.getCaseNumber(), documents.size(), correlated);
    }
}
