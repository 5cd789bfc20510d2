package de.thueringen.antrag.notice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.thueringen.antrag.casefile.Applicant;
import de.thueringen.antrag.casefile.CaseDocument;
import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.catalog.ServiceCatalog;
import de.thueringen.antrag.catalog.ServiceDefinition;
import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/**
 * Issues a notice for a case: writes its German text from the case, the service and the authority, renders
 * it as PDF, stores it in the case file and closes the case with the matching status. Issuing the same kind
 * twice stores one document (the job behind it may run twice).
 */
@Service
public class NoticeService {

    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CaseFileService caseFiles;
    private final JurisdictionService jurisdiction;
    private final ServiceCatalog catalog;
    private final NoticePdfRenderer renderer;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public NoticeService(CaseFileService caseFiles, JurisdictionService jurisdiction, ServiceCatalog catalog,
                         NoticePdfRenderer renderer, ObjectMapper objectMapper, Clock clock) {
        this.caseFiles = caseFiles;
        this.jurisdiction = jurisdiction;
        this.catalog = catalog;
        this.renderer = renderer;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional
    public CaseDocument issue(IssueNoticeCommand command) {
        CaseFile caseFile = caseFiles.require(command.caseId());
        NoticeDocument document = compose(caseFile, command);
        byte[] pdf = renderer.render(document);
        String fileName = command.kind().germanTitle().replace(' ', '-') + "-" + caseFile.getCaseNumber() + ".pdf";
        CaseDocument stored = caseFiles.storeNotice(caseFile.getId(), command.kind().name(), fileName, pdf);
        CaseStatus closing = closingStatus(command.kind());
        if (closing != null) {
            caseFiles.recordStatus(caseFile.getId(), closing, CaseFileService.SYSTEM_ACTOR, command.kind().germanTitle());
        }
        return stored;
    }

    NoticeDocument compose(CaseFile caseFile, IssueNoticeCommand command) {
        Authority authority = jurisdiction.require(caseFile.getAuthorityId());
        ServiceDefinition service = catalog.find(caseFile.getServiceId()).orElse(null);
        String serviceName = caseFile.getServiceName();
        Applicant applicant = caseFile.getApplicant();
        LocalDate submitted = caseFile.getSubmittedAt().atZone(GERMANY).toLocalDate();
        List<String> body = new ArrayList<>();
        List<FeeLine> fees = new ArrayList<>();
        Map<String, String> permit = new LinkedHashMap<>();
        String subject;
        switch (command.kind()) {
            case APPROVAL -> {
                subject = "Bescheid über Ihren Antrag auf " + serviceName;
                body.add("auf Ihren Antrag vom " + GERMAN_DATE.format(submitted) + " ergeht folgender Bescheid:");
                body.add("1. Ihrem Antrag auf " + serviceName + " wird stattgegeben.");
                if (command.feeAmount() != null) {
                    body.add("2. Für diesen Bescheid wird eine Gebühr festgesetzt (siehe Aufstellung). "
                            + "Die Gebühr haben Sie bereits bezahlt; es ist nichts mehr zu tun.");
                    fees.add(feeLine(serviceName, command));
                }
                if (service != null && !service.permitFields().isEmpty()) {
                    permit.putAll(permitFields(caseFile, service, command));
                    body.add("Bitte legen Sie den Ausweis gut sichtbar hinter die Windschutzscheibe.");
                }
            }
            case REJECTION -> {
                subject = "Ablehnung Ihres Antrags auf " + serviceName;
                body.add("auf Ihren Antrag vom " + GERMAN_DATE.format(submitted) + " ergeht folgender Bescheid:");
                body.add("Ihr Antrag auf " + serviceName + " wird abgelehnt.");
                body.add("Begründung: " + (command.rejectionReason() == null || command.rejectionReason().isBlank()
                        ? "Die Voraussetzungen für die Leistung liegen nicht vor." : command.rejectionReason()));
            }
            case DISCONTINUATION -> {
                subject = "Einstellung des Verfahrens über Ihren Antrag auf " + serviceName;
                body.add("Ihren Antrag vom " + GERMAN_DATE.format(submitted) + " konnten wir nicht weiter bearbeiten, "
                        + "weil die angeforderte Gebühr nicht innerhalb der Zahlungsfrist bei uns eingegangen ist.");
                body.add("Das Verfahren wird daher eingestellt. Sie können jederzeit einen neuen Antrag stellen.");
            }
            case RECEIPT -> {
                subject = "Eingangsbestätigung zu Ihrem Antrag auf " + serviceName;
                body.add("Ihr Antrag ist am " + GERMAN_DATE.format(submitted) + " bei uns eingegangen. "
                        + "Bitte geben Sie bei Fragen immer das Aktenzeichen an.");
            }
            default -> throw new IllegalArgumentException("Unsupported notice kind " + command.kind());
        }
        String legalRemedy = command.kind().challengeable()
                ? LegalRemedyText.objection(authority.name(), authority.seat()) : null;
        return new NoticeDocument(command.kind(),
                new NoticeAuthority(authority.name(), null, authority.seat(), null),
                new NoticeRecipient(applicant.fullName(), applicant.streetLine(), applicant.postalCodeAndCity()),
                caseFile.getCaseNumber(), LocalDate.now(clock.withZone(GERMANY)), serviceName, subject, body, fees,
                service == null ? null : service.legalBasis(), legalRemedy, permit);
    }

    private static FeeLine feeLine(String serviceName, IssueNoticeCommand command) {
        String basis = command.feeLegalBasis() == null ? "" : " (" + command.feeLegalBasis() + ")";
        return new FeeLine("Gebühr " + serviceName + basis, command.feeAmount());
    }

    private Map<String, String> permitFields(CaseFile caseFile, ServiceDefinition service, IssueNoticeCommand command) {
        Map<String, String> permit = new LinkedHashMap<>();
        permit.put("Inhaberin/Inhaber", caseFile.getApplicant().fullName());
        permit.put("Anschrift", caseFile.getApplicant().streetLine() + ", " + caseFile.getApplicant().postalCodeAndCity());
        JsonNode data = formData(caseFile);
        service.permitFields().forEach((key, label) -> {
            JsonNode value = data.get(key);
            if (value != null && !value.isNull() && !value.asText().isBlank()) {
                permit.put(label, value.asText());
            }
        });
        if (command.permitValidUntil() != null) {
            permit.put("Gültig bis", GERMAN_DATE.format(command.permitValidUntil()));
        }
        return permit;
    }

    private JsonNode formData(CaseFile caseFile) {
        try {
            return objectMapper.readTree(caseFile.getFormData());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored form data of " + caseFile.getCaseNumber() + " is not JSON", e);
        }
    }

    private static CaseStatus closingStatus(NoticeKind kind) {
        return switch (kind) {
            case APPROVAL -> CaseStatus.GENEHMIGT;
            case REJECTION -> CaseStatus.ABGELEHNT;
            case DISCONTINUATION -> CaseStatus.EINGESTELLT;
            default -> null;
        };
    }

}
