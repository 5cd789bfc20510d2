package de.thueringen.antrag.intake;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.casefile.NewDocument;
import de.thueringen.antrag.catalog.EvidenceRequirement;
import de.thueringen.antrag.web.FieldError;

/**
 * Checks uploaded evidence: every required document present, nothing the service does not ask for, sizes
 * within limits, and the type detected from the bytes (a renamed .exe is not a PDF).
 */
@Component
class EvidenceChecker {

    private static final Map<String, String> EXTENSIONS =
            Map.of("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg");

    private final IntakeProperties limits;
    private final Tika tika = new Tika();

    EvidenceChecker(IntakeProperties limits) {
        this.limits = limits;
    }

    record Result(List<NewDocument> documents, List<FieldError> errors) {
    }

    Result check(List<EvidenceRequirement> requirements, List<SubmissionRequest.Attachment> attachments) {
        List<SubmissionRequest.Attachment> given = attachments == null ? List.of() : attachments;
        Map<String, EvidenceRequirement> byKey = requirements.stream()
                .collect(Collectors.toMap(EvidenceRequirement::key, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        List<NewDocument> documents = new ArrayList<>();
        Set<String> provided = new HashSet<>();
        if (given.size() > limits.maxFiles()) {
            errors.add(new FieldError("attachments", "TOO_MANY_FILES",
                    "Bitte laden Sie höchstens " + limits.maxFiles() + " Dateien hoch."));
            return new Result(documents, errors);
        }
        long total = 0;
        for (int i = 0; i < given.size(); i++) {
            String path = "attachments[" + i + "]";
            SubmissionRequest.Attachment attachment = given.get(i);
            EvidenceRequirement requirement = attachment.evidence() == null ? null : byKey.get(attachment.evidence());
            if (requirement == null) {
                errors.add(new FieldError(path + ".evidence", "UNKNOWN_EVIDENCE",
                        "Für diese Leistung wird kein Nachweis dieser Art benötigt."));
                continue;
            }
            byte[] content = decode(attachment.contentBase64());
            if (content == null || content.length == 0) {
                errors.add(new FieldError(path + ".contentBase64", "EMPTY_OR_INVALID",
                        "Die Datei für „" + requirement.label() + "“ ist leer oder beschädigt."));
                continue;
            }
            total += content.length;
            if (content.length > limits.maxFileSize().toBytes()) {
                errors.add(new FieldError(path, "FILE_TOO_LARGE", "Die Datei für „" + requirement.label()
                        + "“ ist zu groß. Erlaubt sind höchstens " + limits.maxFileSize().toMegabytes() + " MB je Datei."));
                continue;
            }
            String type = tika.detect(content);
            if (!limits.allowedContentTypes().contains(type)) {
                errors.add(new FieldError(path, "TYPE_NOT_ALLOWED", "Die Datei für „" + requirement.label()
                        + "“ hat ein nicht erlaubtes Format. Erlaubt sind PDF, PNG und JPEG."));
                continue;
            }
            provided.add(requirement.key());
            String fallback = requirement.key() + EXTENSIONS.getOrDefault(type, "");
            documents.add(new NewDocument(requirement.key(), FileNames.sanitize(attachment.fileName(), fallback), type, content));
        }
        if (total > limits.maxTotalSize().toBytes()) {
            errors.add(new FieldError("attachments", "TOTAL_TOO_LARGE",
                    "Alle Dateien zusammen dürfen höchstens " + limits.maxTotalSize().toMegabytes() + " MB groß sein."));
        }
        for (EvidenceRequirement requirement : requirements) {
            if (requirement.required() && !provided.contains(requirement.key())) {
                errors.add(new FieldError("attachments." + requirement.key(), "EVIDENCE_MISSING",
                        "Bitte laden Sie den Nachweis „" + requirement.label() + "“ hoch."));
            }
        }
        return new Result(documents, errors);
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
