package de.thueringen.antrag.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.thueringen.antrag.casefile.Applicant;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.casefile.NewCase;
import de.thueringen.antrag.casefile.OpenedCase;
import de.thueringen.antrag.catalog.ServiceCatalog;
import de.thueringen.antrag.catalog.ServiceDefinition;
import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.AuthorityDirectory;
import de.thueringen.antrag.jurisdiction.JurisdictionService;
import de.thueringen.antrag.web.FieldError;
import de.thueringen.antrag.workflow.ProcessVariables;
import de.thueringen.antrag.workflow.ProcessingDeadline;

/**
 * Accepts an application: validates it completely, then opens the case file and starts the service process in
 * one transaction. Either both exist afterwards or neither does; nothing is stored for a rejected submission.
 */
@Service
public class IntakeService {

    private final ServiceCatalog catalog;
    private final AuthorityDirectory authorities;
    private final JurisdictionService jurisdiction;
    private final StartForms startForms;
    private final EvidenceChecker evidenceChecker;
    private final CaseFileService caseFiles;
    private final RuntimeService runtimeService;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final FeeAtSubmission feeAtSubmission;
    private final ApplicantMailLimit mailLimit;
    private final FormDataValidator validator = new FormDataValidator();

    IntakeService(ServiceCatalog catalog, AuthorityDirectory authorities, JurisdictionService jurisdiction,
                  StartForms startForms, EvidenceChecker evidenceChecker, CaseFileService caseFiles,
                  RuntimeService runtimeService, ObjectMapper objectMapper, Clock clock, FeeAtSubmission feeAtSubmission,
                  ApplicantMailLimit mailLimit) {
        this.feeAtSubmission = feeAtSubmission;
        this.mailLimit = mailLimit;
        this.catalog = catalog;
        this.authorities = authorities;
        this.jurisdiction = jurisdiction;
        this.startForms = startForms;
        this.evidenceChecker = evidenceChecker;
        this.caseFiles = caseFiles;
        this.runtimeService = runtimeService;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional
    public SubmissionReceipt submit(SubmissionRequest request) {
        ServiceDefinition service = catalog.find(request.serviceId()).orElseThrow(() -> new SubmissionRejectedException(
                "SERVICE_NOT_FOUND", "Die Leistung „" + request.serviceId() + "“ wird hier nicht angeboten.", List.of()));
        if (service.isExternal()) {
            // before anything is validated or stored: no authority here may decide it (§ 44 VwVfG)
            throw SubmissionRejectedException.external(service);
        }
        List<FieldError> errors = new ArrayList<>();
        Authority municipality = request.municipality() == null ? null
                : authorities.municipalityByAgs(request.municipality()).orElse(null);
        if (municipality == null) {
            errors.add(new FieldError("municipality", "UNKNOWN_MUNICIPALITY",
                    "Bitte geben Sie eine Thüringer Gemeinde an (achtstelliger Gemeindeschlüssel)."));
        }
        FormDataValidator.Result form = validator.validate(startForms.of(service.processDefinitionId()), request.data());
        errors.addAll(form.errors());
        Map<String, Object> values = form.values();
        // the municipality of the request is the place that decides competence; only where that is the residence must
        // the applicant's address lie there (a Leipzig resident may apply for a business in Erfurt)
        if (municipality != null && service.placeOfMatter().isResidence()
                && values.get("postalCode") instanceof String postalCode && !municipality.postcodes().contains(postalCode)) {
            errors.add(authorities.municipalitiesByPostcode(postalCode).isEmpty()
                    ? new FieldError("data.postalCode", "RESIDENCE_OUTSIDE_THURINGIA", "Die Postleitzahl " + postalCode
                            + " liegt nicht in Thüringen. Für diese Leistung ist die Behörde an Ihrem Wohnsitz zuständig;"
                            + " bitte wenden Sie sich an Ihre Gemeinde oder das Portal Ihres Bundeslandes.")
                    : new FieldError("data.postalCode", "OUTSIDE_MUNICIPALITY", "Die Postleitzahl " + postalCode
                            + " gehört nicht zu " + municipality.name() + ". Bitte wählen Sie die Gemeinde, in der Sie wohnen."));
        }
        if (!(values.get("lastName") instanceof String) && form.errors().stream().noneMatch(e -> e.field().equals("data.lastName"))) {
            errors.add(new FieldError("data.lastName", "REQUIRED", "Bitte geben Sie Ihren Nachnamen an."));
        }
        EvidenceChecker.Result evidence = evidenceChecker.check(service.evidence(), request.attachments());
        errors.addAll(evidence.errors());
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException("VALIDATION_FAILED",
                    "Der Antrag enthält Fehler. Bitte prüfen Sie die genannten Angaben.", errors);
        }
        Authority responsible = jurisdiction.responsibleAuthority(service.level(), municipality);
        Applicant applicant = applicantOf(values);
        mailLimit.count(applicant.getEmail());
        OpenedCase opened = caseFiles.open(new NewCase(service.serviceId(), service.name(), service.processDefinitionKey(),
                responsible.id(), responsible.caseNumberPrefix(), municipality.key(), applicant, toJson(values)), evidence.documents());
        ProcessInstance instance = runtimeService.createProcessInstanceById(service.processDefinitionId())
                .businessKey(opened.caseNumber())
                .setVariables(startVariables(values, opened, responsible, municipality, service, applicant, clock))
                .execute();
        caseFiles.attachProcessInstance(opened.caseId(), instance.getId());
        if (feeAtSubmission.appliesTo(service)) {
            feeAtSubmission.open(opened.caseId(), service, values, municipality.key());
        }
        CaseStatus status = caseFiles.require(opened.caseId()).getStatus();
        return new SubmissionReceipt(opened.caseNumber(), opened.trackingToken(), status, responsible.name());
    }

    /** The evidence key under which documents handed in after the application are stored. */
    public static final String SUPPLEMENT_EVIDENCE = "nachreichung";

    /**
     * Checks documents a citizen hands in after the application (answer to a request for documents) like the evidence
     * of an application: count, size per file and in total, type by content; file names sanitised. Every attachment
     * is taken as {@link #SUPPLEMENT_EVIDENCE}.
     *
     * @throws SubmissionRejectedException with German field errors if a file is refused or none is given
     */
    public List<de.thueringen.antrag.casefile.NewDocument> checkSupplement(List<SubmissionRequest.Attachment> attachments) {
        List<SubmissionRequest.Attachment> given = attachments == null ? List.of() : attachments.stream()
                .map(a -> new SubmissionRequest.Attachment(SUPPLEMENT_EVIDENCE, a.fileName(), a.contentBase64())).toList();
        EvidenceChecker.Result result = evidenceChecker.check(
                List.of(new de.thueringen.antrag.catalog.EvidenceRequirement(SUPPLEMENT_EVIDENCE, "Nachgereichte Unterlagen", true)),
                given);
        if (!result.errors().isEmpty()) {
            throw new SubmissionRejectedException("VALIDATION_FAILED",
                    "Die Unterlagen konnten nicht angenommen werden. Bitte prüfen Sie die genannten Dateien.", result.errors());
        }
        return result.documents();
    }

    private static Map<String, Object> startVariables(Map<String, Object> values, OpenedCase opened, Authority responsible,
                                                      Authority municipality, ServiceDefinition service, Applicant applicant,
                                                      Clock clock) {
        Map<String, Object> variables = new HashMap<>(values);
        variables.put(ProcessVariables.CASE_ID, opened.caseId());
        variables.put(ProcessVariables.CASE_NUMBER, opened.caseNumber());
        variables.put(ProcessVariables.AUTHORITY_ID, responsible.id());
        variables.put(ProcessVariables.AGS, municipality.key());
        variables.put(ProcessVariables.SERVICE_ID, service.serviceId());
        variables.put(ProcessVariables.APPLICANT_NAME, applicant.fullName());
        // the citizen's statement: read-only for clerks (workflow.PersonVariableGuard)
        variables.put(ProcessVariables.SUBMITTED_FIELDS, String.join(",", new java.util.TreeSet<>(values.keySet())));
        // statutory processing period: processingDeadline, processingDays (due dates of the clerk tasks)
        variables.putAll(ProcessingDeadline.startVariables(service.properties(), clock.instant()));
        return variables;
    }

    private static Applicant applicantOf(Map<String, Object> values) {
        return new Applicant(text(values, "firstName"), text(values, "lastName"), text(values, "street"),
                text(values, "houseNumber"), text(values, "postalCode"), text(values, "city"),
                text(values, "email"), text(values, "phone"));
    }

    private static String text(Map<String, Object> values, String key) {
        return values.get(key) instanceof String s ? s : null;
    }

    private String toJson(Map<String, Object> values) {
        try {
            return objectMapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Validated form data must serialise", e);
        }
    }
}
