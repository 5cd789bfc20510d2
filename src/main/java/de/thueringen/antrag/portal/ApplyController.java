package de.thueringen.antrag.portal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.FormService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.thueringen.antrag.catalog.EvidenceRequirement;
import de.thueringen.antrag.catalog.ServiceCatalog;
import de.thueringen.antrag.catalog.ServiceDefinition;
import de.thueringen.antrag.web.FieldError;
import de.thueringen.antrag.intake.SubmissionRejectedException;
import de.thueringen.antrag.intake.SubmissionRequest;
import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/**
 * The application: the service's Camunda start form rendered by form-js in the browser, evidence uploads, saving a
 * draft and submitting. The server validates everything again (intake) and shows its German field errors next to
 * the fields; a form is submitted once, however often it is sent.
 */
@Controller
@PortalPage
class ApplyController {

    static final String FILE_PREFIX = "nachweis.";

    private final ServiceCatalog catalog;
    private final PlaceLookup places;
    private final JurisdictionService jurisdiction;
    private final FeeInfo fees;
    private final FormService formService;
    private final DraftStore drafts;
    private final PortalSubmissions submissions;
    private final PortalLinks links;
    private final ObjectMapper objectMapper;

    ApplyController(ServiceCatalog catalog, PlaceLookup places, JurisdictionService jurisdiction, FeeInfo fees,
                    FormService formService, DraftStore drafts, PortalSubmissions submissions, PortalLinks links,
                    ObjectMapper objectMapper) {
        this.catalog = catalog;
        this.places = places;
        this.jurisdiction = jurisdiction;
        this.fees = fees;
        this.formService = formService;
        this.drafts = drafts;
        this.submissions = submissions;
        this.links = links;
        this.objectMapper = objectMapper;
    }

    /** The deployed start form of the service's latest version, for the form-js viewer. */
    @GetMapping(path = "/portal/formulare/{serviceId}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> form(@PathVariable String serviceId) throws IOException {
        ServiceDefinition service = requireService(serviceId);
        try (InputStream form = formService.getDeployedStartForm(service.processDefinitionId())) {
            return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(form.readAllBytes());
        }
    }

    /** Opens the application for the municipality chosen on the service page. */
    @PostMapping("/portal/antrag/{serviceId}")
    String start(@PathVariable String serviceId, @RequestParam(name = "gemeinde", required = false) String ags, Model model) {
        ServiceDefinition service = requireService(serviceId);
        Authority municipality = requireMunicipality(ags);
        ObjectNode initial = objectMapper.createObjectNode();
        initial.put("city", municipality.seat());
        if (municipality.postcodes().size() == 1) {
            initial.put("postalCode", municipality.postcodes().get(0));
        }
        page(model, service, municipality, initial.toString(), null, List.of());
        return "portal/antrag";
    }

    @GetMapping("/portal/entwurf/{token}")
    String resume(@PathVariable String token, @RequestParam(name = "gespeichert", required = false) String saved, Model model) {
        DraftStore.Draft draft = drafts.find(token).orElseThrow(() -> new PortalException(404, "Entwurf nicht gefunden",
                "Diesen Entwurf gibt es nicht mehr. Entwürfe werden nach Ablauf ihrer Frist gelöscht. Bitte beginnen Sie den Antrag neu."));
        ServiceDefinition service = requireService(draft.serviceId());
        Authority municipality = requireMunicipality(draft.municipalityAgs());
        page(model, service, municipality, draft.formDataJson(), token, List.of());
        model.addAttribute("draftExpires", GermanText.date(draft.expiresAt()));
        model.addAttribute("draftLink", links.absolute("/portal/entwurf/" + token));
        model.addAttribute("draftJustSaved", saved != null);
        return "portal/antrag";
    }

    @PostMapping("/portal/antrag/{serviceId}/senden")
    String submit(@PathVariable String serviceId, @RequestParam(name = "gemeinde", required = false) String ags,
                  @RequestParam(name = "data", required = false) String dataJson,
                  @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey,
                  @RequestParam(name = "entwurf", required = false) String draftToken,
                  @RequestParam(name = "aktion", required = false) String action,
                  jakarta.servlet.http.HttpServletRequest request, Model model, HttpServletResponse response) throws IOException {
        ServiceDefinition service = requireService(serviceId);
        Authority municipality = requireMunicipality(ags);
        JsonNode data = parseData(dataJson);
        if ("entwurf".equals(action)) {
            DraftStore.Saved saved = drafts.save(draftToken, service.serviceId(), municipality.key(), data.toString());
            return "redirect:/portal/entwurf/" + saved.token() + "?gespeichert=1";
        }
        List<String> evidenceOfAttachment = new ArrayList<>();
        List<SubmissionRequest.Attachment> attachments = new ArrayList<>();
        for (EvidenceRequirement evidence : service.evidence()) {
            List<MultipartFile> files = request instanceof MultipartHttpServletRequest multipart
                    ? multipart.getFiles(FILE_PREFIX + evidence.key()) : List.of();
            for (MultipartFile file : files) {
                if (file.isEmpty()) {
                    continue;
                }
                attachments.add(new SubmissionRequest.Attachment(evidence.key(), file.getOriginalFilename(),
                        Base64.getEncoder().encodeToString(file.getBytes())));
                evidenceOfAttachment.add(evidence.key());
            }
        }
        try {
            PortalSubmissions.Receipt receipt = submissions.submit(
                    new SubmissionRequest(service.serviceId(), municipality.key(), data, attachments), idempotencyKey,
                    token -> links.absolute("/portal/vorgang/" + token));
            drafts.delete(draftToken);
            return "redirect:/portal/vorgang/" + receipt.trackingToken() + "/eingang";
        } catch (SubmissionRejectedException rejected) {
            response.setStatus(400);
            page(model, service, municipality, data.toString(), SecretTokens.looksValid(draftToken) ? draftToken : null,
                    rejected.fieldErrors());
            model.addAttribute("idempotencyKey", idempotencyKey); // the same form: a retry stays one application
            model.addAttribute("rejection", rejected.getMessage());
            model.addAttribute("evidenceErrors", evidenceErrors(rejected.fieldErrors(), evidenceOfAttachment));
            model.addAttribute("hadFiles", !attachments.isEmpty());
            return "portal/antrag";
        }
    }

    private void page(Model model, ServiceDefinition service, Authority municipality, String formDataJson, String draftToken,
                      List<FieldError> errors) {
        model.addAttribute("service", service);
        model.addAttribute("municipality", municipality);
        model.addAttribute("authority", jurisdiction.responsibleAuthority(service.level(), municipality));
        model.addAttribute("fee", fees.describe(service.serviceId(), municipality.key()));
        model.addAttribute("formDataJson", formDataJson);
        model.addAttribute("draftToken", draftToken);
        model.addAttribute("idempotencyKey", SecretTokens.newToken());
        model.addAttribute("fieldErrorsJson", fieldErrorsJson(errors));
        model.addAttribute("generalErrors", errors.stream()
                .filter(e -> !e.field().startsWith("data.") && !e.field().startsWith("attachments")).map(FieldError::message).toList());
        model.addAttribute("evidenceErrors", Map.of());
    }

    /** Errors of form fields, by field key, for the page script to show next to the fields. */
    private String fieldErrorsJson(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            if (error.field().startsWith("data.")) {
                byField.putIfAbsent(error.field().substring("data.".length()), error.message());
            }
        }
        try {
            return objectMapper.writeValueAsString(byField);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Errors of uploads, by evidence key ("attachments[2]" is the third file sent). */
    static Map<String, List<String>> evidenceErrors(List<FieldError> errors, List<String> evidenceOfAttachment) {
        Map<String, List<String>> byEvidence = new LinkedHashMap<>();
        for (FieldError error : errors) {
            String key = null;
            if (error.field().startsWith("attachments.")) {
                key = error.field().substring("attachments.".length());
            } else if (error.field().startsWith("attachments[")) {
                int end = error.field().indexOf(']');
                int index = Integer.parseInt(error.field().substring("attachments[".length(), end));
                key = index < evidenceOfAttachment.size() ? evidenceOfAttachment.get(index) : null;
            } else if (error.field().equals("attachments")) {
                key = "";
            }
            if (key != null) {
                byEvidence.computeIfAbsent(key, k -> new ArrayList<>()).add(error.message());
            }
        }
        return byEvidence;
    }

    private JsonNode parseData(String dataJson) {
        if (dataJson == null || dataJson.isBlank()) {
            return objectMapper.createObjectNode();
        }
        if (dataJson.length() > DraftStore.MAX_DATA_LENGTH) {
            throw new PortalException(413, "Zu viele Angaben", "Das Formular enthält mehr Text, als wir annehmen können.");
        }
        try {
            JsonNode data = objectMapper.readTree(dataJson);
            if (data == null || !data.isObject()) {
                throw new PortalException(400, "Formular unvollständig", "Die Angaben im Formular sind unvollständig angekommen. "
                        + "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.");
            }
            return data;
        } catch (JsonProcessingException e) {
            throw new PortalException(400, "Formular unvollständig", "Die Angaben im Formular sind unvollständig angekommen. "
                    + "Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.");
        }
    }

    /** A service of this platform; an external one has no form here (its page links to the competent body). */
    private ServiceDefinition requireService(String serviceId) {
        ServiceDefinition service = catalog.find(serviceId).orElseThrow(PortalException::notFound);
        if (service.isExternal()) {
            throw PortalException.external(service);
        }
        return service;
    }

    private Authority requireMunicipality(String ags) {
        Authority municipality = places.byAgs(ags);
        if (municipality == null) {
            throw new PortalException(400, "Wohnort fehlt",
                    "Bitte wählen Sie zuerst auf der Seite der Leistung Ihren Wohnort aus.");
        }
        return municipality;
    }

}
