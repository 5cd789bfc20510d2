package de.thueringen.antrag.clerk;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.thueringen.antrag.casefile.CaseDocument;
import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.DocumentKind;
import de.thueringen.antrag.casefile.MessageDirection;
import de.thueringen.antrag.intake.IntakeService;
import de.thueringen.antrag.intake.StartFormLabels;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/** Builds the clerk's view of a case file. */
@Component
class CaseFileViews {

    private final CaseFileService caseFiles;
    private final JurisdictionService jurisdiction;
    private final StartFormLabels labels;
    private final RepositoryService repositoryService;
    private final ObjectMapper objectMapper;
    private final CaseNotes notes;

    CaseFileViews(CaseFileService caseFiles, JurisdictionService jurisdiction, StartFormLabels labels,
                  RepositoryService repositoryService, ObjectMapper objectMapper, CaseNotes notes) {
        this.caseFiles = caseFiles;
        this.notes = notes;
        this.jurisdiction = jurisdiction;
        this.labels = labels;
        this.repositoryService = repositoryService;
        this.objectMapper = objectMapper;
    }

    CaseFileView of(CaseFile caseFile) {
        var applicant = caseFile.getApplicant();
        String base = "/akte/" + caseFile.getCaseNumber() + "/dokumente/";
        return new CaseFileView(caseFile.getCaseNumber(), caseFile.getServiceName(),
                jurisdiction.require(caseFile.getAuthorityId()).name(), caseFile.getStatus().name(),
                caseFile.getStatus().germanLabel(), caseFile.getSubmittedAt(), caseFile.getClosedAt(),
                new CaseFileView.Applicant(applicant.fullName(),
                        applicant.streetLine() + ", " + applicant.postalCodeAndCity(), applicant.getEmail(), applicant.getPhone()),
                fields(caseFile),
                caseFiles.statusHistory(caseFile.getId()).stream().map(s -> new CaseFileView.StatusEntry(
                        s.getStatus().name(), s.getStatus().germanLabel(), s.getChangedAt(), s.getActor())).toList(),
                caseFiles.documents(caseFile.getId()).stream().map(d -> new CaseFileView.Document(d.getId(),
                        d.getKind().name(), kindText(d), d.getFileName(), d.getSizeBytes(), d.getCreatedAt(),
                        base + d.getId())).toList(),
                caseFiles.mailbox(caseFile.getId()).stream().map(m -> new CaseFileView.Message(m.getId(),
                        m.getDirection().name(), m.getDirection() == MessageDirection.TO_CITIZEN
                                ? "an die Antragstellerin / den Antragsteller" : "von der Antragstellerin / dem Antragsteller",
                        m.getSubject(), m.getBody(), m.getCreatedAt(), m.getReadAt(),
                        m.getDocumentId() == null ? null : base + m.getDocumentId())).toList(),
                notes.of(caseFile.getId()).stream().map(n -> new CaseFileView.Note(n.getId(), n.getAuthor(), n.getBody(),
                        n.getCreatedAt())).toList(),
                caseFiles.auditTrail(caseFile.getId()).stream().map(a -> new CaseFileView.AuditLine(
                        a.getOccurredAt(), a.getActor(), a.getAction(), a.getDetail())).toList(),
                "/api/v1/cases/" + caseFile.getCaseNumber() + "/notes");
    }

    private static String kindText(CaseDocument document) {
        if (document.getKind() == DocumentKind.NOTICE) {
            return "Bescheid / Schreiben";
        }
        return IntakeService.SUPPLEMENT_EVIDENCE.equals(document.getEvidenceKey())
                ? "nachgereichte Unterlage" : "Nachweis";
    }

    private List<CaseFileView.Field> fields(CaseFile caseFile) {
        Map<String, String> labelByKey = labelsOf(caseFile);
        List<CaseFileView.Field> fields = new ArrayList<>();
        JsonNode data = read(caseFile.getFormData());
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode value = entry.getValue();
            String text = value.isBoolean() ? (value.asBoolean() ? "ja" : "nein")
                    : value.isArray() ? value.toString() : value.asText();
            fields.add(new CaseFileView.Field(entry.getKey(), labelByKey.getOrDefault(entry.getKey(), entry.getKey()), text));
        }
        return fields;
    }

    /** Labels of the process version the case was started with; the latest version's if it is gone. */
    private Map<String, String> labelsOf(CaseFile caseFile) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(caseFile.getProcessDefinitionKey()).withoutTenantId().latestVersion().singleResult();
        return definition == null ? Map.of() : labels.of(definition.getId());
    }

    private JsonNode read(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored form data is not JSON", e);
        }
    }
}
