package de.thueringen.antrag.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import de.thueringen.antrag.jurisdiction.AuthorityKind;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/**
 * Issues a notice for a case: fills the designers' template for its kind and service with the case, the
 * service and the authority, adds the legal remedy text, renders it as PDF/A, stores it in the case file and
 * closes the case with the matching status.
 *
 * <p>Idempotent: a notice is stored once per case and {@link IssueNoticeCommand#storageKey()}. If it exists, it
 * is returned without rendering again, so the job behind it may run twice.
 */
@Service
public class NoticeService {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeService.class);
    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    private final CaseFileService caseFiles;
    private final JurisdictionService jurisdiction;
    private final ServiceCatalog catalog;
    private final NoticePdfRenderer renderer;
    private final NoticeTemplates templates;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public NoticeService(CaseFileService caseFiles, JurisdictionService jurisdiction, ServiceCatalog catalog,
                         NoticePdfRenderer renderer, NoticeTemplates templates, ObjectMapper objectMapper,
                         Clock clock) {
        this.caseFiles = caseFiles;
        this.jurisdiction = jurisdiction;
        this.catalog = catalog;
        this.renderer = renderer;
        this.templates = templates;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional
    public CaseDocument issue(IssueNoticeCommand command) {
        if (command.caseId() == null || command.kind() == null) {
            throw new IllegalArgumentException("A notice needs a case id and a kind, got " + command);
        }
        String key = command.storageKey();
        Optional<CaseDocument> existing = caseFiles.findNotice(command.caseId(), key);
        if (existing.isPresent()) {
            LOG.info("Notice {} of case id {} exists, not rendered again", key, command.caseId());
            close(command.caseId(), command.kind());
            return existing.get();
        }
        CaseFile caseFile = caseFiles.require(command.caseId());
        NoticeDocument document = compose(caseFile, command);
        byte[] pdf = renderer.render(document);
        String fileName = command.kind().germanTitle().replace(' ', '-') + "-" + caseFile.getCaseNumber()
                + (key.equals(command.kind().name()) ? "" : "-" + fileNamePart(command.noticeKey())) + ".pdf";
        CaseDocument stored = caseFiles.storeNotice(caseFile.getId(), command.kind().name(), key, fileName, pdf);
        close(caseFile.getId(), command.kind());
        LOG.info("Notice {} issued for case {}", key, caseFile.getCaseNumber());
        return stored;
    }

    private void close(Long caseId, NoticeKind kind) {
        CaseStatus closing = closingStatus(kind);
        if (closing != null) {
            caseFiles.recordStatus(caseId, closing, CaseFileService.SYSTEM_ACTOR, kind.germanTitle());
        }
    }

    NoticeDocument compose(CaseFile caseFile, IssueNoticeCommand command) {
        requireValues(command);
        Authority authority = jurisdiction.require(caseFile.getAuthorityId());
        ServiceDefinition service = catalog.find(caseFile.getServiceId()).orElse(null);
        String serviceName = caseFile.getServiceName();
        Applicant applicant = caseFile.getApplicant();
        LocalDate today = LocalDate.now(clock.withZone(GERMANY));
        NoticeKind kind = command.kind();

        Map<NoticePlaceholder, String> values = values(caseFile, command, authority, service, today);
        NoticeTemplate.Filled text = templates.template(kind, caseFile.getServiceId()).fill(values);

        List<FeeLine> fees = new ArrayList<>();
        if ((kind == NoticeKind.APPROVAL || kind == NoticeKind.FEE_NOTICE) && command.feeAmount() != null) {
            fees.add(feeLine(serviceName, command));
        }
        Map<String, String> permit = kind == NoticeKind.APPROVAL && service != null && !service.permitFields().isEmpty()
                ? permitFields(caseFile, service, command)
                : Map.of();
        PaymentDetails payment = kind == NoticeKind.FEE_NOTICE
                ? new PaymentDetails(command.feeAmount(), command.paymentReference(), command.paymentDeadline(),
                        command.payUrl())
                : null;
        String legalRemedy = kind.challengeable() ? legalRemedy(kind, authority, service) : null;
        return new NoticeDocument(kind,
                new NoticeAuthority(authority.name(), null, authority.seat(), null, kindLabel(authority.kind()),
                        NoticePdfRenderer.DEFAULT_CONTACT, jurisdiction
                                .municipalityActedFor(authority, caseFile.getMunicipalityAgs())
                                .map(Authority::name).orElse(null)),
                new NoticeRecipient(applicant.fullName(), applicant.streetLine(), applicant.postalCodeAndCity()),
                caseFile.getCaseNumber(), today, serviceName, text.subject(), text.paragraphs(), fees,
                service == null ? null : service.legalBasis(), legalRemedy, permit, payment);
    }

    /** Widerspruch to the authority, or Klage at its Verwaltungsgericht where the service says so. */
    static String legalRemedy(NoticeKind kind, Authority authority, ServiceDefinition service) {
        LegalRemedyType type = LegalRemedyType.of(service == null ? null : service.properties());
        return switch (type) {
            case WIDERSPRUCH -> LegalRemedyText.objection(kind, authority.name(), authority.seat());
            case KLAGE -> LegalRemedyText.action(kind, AdministrativeCourts.competentFor(authority));
        };
    }

    private Map<NoticePlaceholder, String> values(CaseFile caseFile, IssueNoticeCommand command, Authority authority,
                                                  ServiceDefinition service, LocalDate today) {
        Map<NoticePlaceholder, String> values = new EnumMap<>(NoticePlaceholder.class);
        put(values, NoticePlaceholder.LEISTUNG, caseFile.getServiceName());
        put(values, NoticePlaceholder.AKTENZEICHEN, caseFile.getCaseNumber());
        put(values, NoticePlaceholder.ANTRAGSTELLER, caseFile.getApplicant().fullName());
        put(values, NoticePlaceholder.BEHOERDE, authority.name());
        put(values, NoticePlaceholder.SITZ, authority.seat());
        put(values, NoticePlaceholder.EINGANGSDATUM,
                GermanFormats.date(caseFile.getSubmittedAt().atZone(GERMANY).toLocalDate()));
        put(values, NoticePlaceholder.DATUM, GermanFormats.date(today));
        put(values, NoticePlaceholder.RECHTSGRUNDLAGE, service == null ? null : service.legalBasis());
        put(values, NoticePlaceholder.BEGRUENDUNG, command.rejectionReason());
        put(values, NoticePlaceholder.GEBUEHR,
                command.feeAmount() == null ? null : GermanFormats.euro(command.feeAmount()));
        put(values, NoticePlaceholder.GEBUEHR_RECHTSGRUNDLAGE, command.feeLegalBasis());
        put(values, NoticePlaceholder.KASSENZEICHEN, command.paymentReference());
        put(values, NoticePlaceholder.ZAHLUNGSFRIST, GermanFormats.date(command.paymentDeadline()));
        put(values, NoticePlaceholder.ZAHLUNGSLINK, command.payUrl());
        put(values, NoticePlaceholder.FEHLENDE_UNTERLAGEN, command.missingDocuments());
        put(values, NoticePlaceholder.FRIST, GermanFormats.date(command.replyDeadline()));
        put(values, NoticePlaceholder.GUELTIG_BIS, GermanFormats.date(command.permitValidUntil()));
        put(values, NoticePlaceholder.FIKTIONSDATUM, GermanFormats.date(command.deemedApprovalDate()));
        return values;
    }

    private static void put(Map<NoticePlaceholder, String> values, NoticePlaceholder placeholder, String value) {
        if (value != null && !value.isBlank()) {
            values.put(placeholder, value);
        }
    }

    /** Fails early, naming the process variable, when a kind lacks what its notice must state. */
    private static void requireValues(IssueNoticeCommand command) {
        List<String> missing = new ArrayList<>();
        switch (command.kind()) {
            case DOCUMENT_REQUEST -> {
                if (command.missingDocuments() == null || command.missingDocuments().isBlank()) {
                    missing.add("missingDocuments");
                }
                if (command.replyDeadline() == null) {
                    missing.add("replyDeadline");
                }
            }
            case FEE_NOTICE -> {
                if (command.feeAmount() == null) {
                    missing.add("feeAmount");
                }
                if (command.paymentReference() == null || command.paymentReference().isBlank()) {
                    missing.add("paymentReference");
                }
                if (command.paymentDeadline() == null) {
                    missing.add("paymentDeadline");
                }
            }
            case DEEMED_APPROVAL -> {
                if (command.deemedApprovalDate() == null) {
                    missing.add("deemedApprovalDate");
                }
            }
            default -> {
                // the other kinds need nothing beyond the case
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Notice " + command.kind() + " for case id " + command.caseId()
                    + " needs the process variable(s) " + String.join(", ", missing));
        }
    }

    /** Letterhead label of the authority's kind. */
    static String kindLabel(AuthorityKind kind) {
        return switch (kind) {
            case LAND -> "Landesbehörde des Freistaats Thüringen";
            case LANDKREIS -> "Landratsamt";
            case KREISFREIE_STADT -> "Kreisfreie Stadt";
            case VERWALTUNGSGEMEINSCHAFT -> "Verwaltungsgemeinschaft";
            case GEMEINDE -> "Gemeinde";
        };
    }

    private static FeeLine feeLine(String serviceName, IssueNoticeCommand command) {
        String basis = command.feeLegalBasis() == null || command.feeLegalBasis().isBlank()
                ? "" : " (" + command.feeLegalBasis().strip() + ")";
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
            permit.put("Gültig bis", GermanFormats.date(command.permitValidUntil()));
        }
        return permit;
    }

    private JsonNode formData(CaseFile caseFile) {
        try {
            JsonNode data = objectMapper.readTree(caseFile.getFormData() == null ? "{}" : caseFile.getFormData());
            return data == null ? objectMapper.createObjectNode() : data;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored form data of " + caseFile.getCaseNumber() + " is not JSON", e);
        }
    }

    /** A notice key as part of a file name: letters, digits and dashes only. */
    private static String fileNamePart(String noticeKey) {
        String part = noticeKey.strip().replaceAll("[^A-Za-z0-9-]+", "-");
        return part.length() > 40 ? part.substring(0, 40) : part;
    }

    private static CaseStatus closingStatus(NoticeKind kind) {
        return switch (kind) {
            case APPROVAL, DEEMED_APPROVAL -> CaseStatus.GENEHMIGT;
            case REJECTION -> CaseStatus.ABGELEHNT;
            case DISCONTINUATION -> CaseStatus.EINGESTELLT;
            default -> null;
        };
    }
}
