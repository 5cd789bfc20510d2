package de.thueringen.antrag.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import de.thueringen.antrag.casefile.NewDocument;
import de.thueringen.antrag.catalog.EvidenceRequirement;
import de.thueringen.antrag.web.FieldError;

class EvidenceCheckerTest {

    private static final EvidenceRequirement REGISTRATION =
            new EvidenceRequirement("zulassungsbescheinigung", "Zulassungsbescheinigung Teil I", true);
    private static final EvidenceRequirement POWER_OF_ATTORNEY =
            new EvidenceRequirement("vollmacht", "Vollmacht", false);
    private static final List<EvidenceRequirement> REQUIREMENTS = List.of(REGISTRATION, POWER_OF_ATTORNEY);

    private final EvidenceChecker checker = new EvidenceChecker(new IntakeProperties(DataSize.ofKilobytes(100),
            DataSize.ofKilobytes(150), 3, List.of("application/pdf", "image/png", "image/jpeg")));

    /** A small but complete PDF document. */
    static final byte[] MINIMAL_PDF = ("""
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            xref
            0 4
            0000000000 65535 f\s
            0000000009 00000 n\s
            0000000058 00000 n\s
            0000000115 00000 n\s
            trailer << /Size 4 /Root 1 0 R >>
            startxref
            186
            %%EOF
            """).getBytes(StandardCharsets.US_ASCII);

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
            0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1,
            1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xff, (byte) 0xd9};

    private static SubmissionRequest.Attachment attachment(String evidence, String name, byte[] content) {
        return new SubmissionRequest.Attachment(evidence, name, Base64.getEncoder().encodeToString(content));
    }

    private static SubmissionRequest.Attachment registration(String name, byte[] content) {
        return attachment("zulassungsbescheinigung", name, content);
    }

    /** A PDF of exactly {@code size} bytes (header plus padding). */
    private static byte[] pdfOfSize(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(MINIMAL_PDF, 0, bytes, 0, MINIMAL_PDF.length);
        return bytes;
    }

    private EvidenceChecker.Result check(SubmissionRequest.Attachment... attachments) {
        return checker.check(REQUIREMENTS, List.of(attachments));
    }

    @Test
    void acceptsRealPdfWithTypeDetectedFromContent() {
        EvidenceChecker.Result result = check(registration("Fahrzeugschein.pdf", MINIMAL_PDF));

        assertThat(result.errors()).isEmpty();
        assertThat(result.documents()).hasSize(1);
        NewDocument document = result.documents().get(0);
        assertThat(document.evidenceKey()).isEqualTo("zulassungsbescheinigung");
        assertThat(document.fileName()).isEqualTo("Fahrzeugschein.pdf");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.content()).isEqualTo(MINIMAL_PDF);
    }

    @Test
    void acceptsPngAndJpegImages() {
        EvidenceChecker.Result result = check(registration("scan.png", PNG), attachment("vollmacht", "foto.jpg", JPEG));

        assertThat(result.errors()).isEmpty();
        assertThat(result.documents()).extracting(NewDocument::evidenceKey, NewDocument::contentType).containsExactly(
                tuple("zulassungsbescheinigung", "image/png"), tuple("vollmacht", "image/jpeg"));
    }

    @Test
    void detectsTypeFromContentNotFromName() {
        // a PNG named .pdf is still a PNG, and allowed
        EvidenceChecker.Result result = check(registration("scan.pdf", PNG));

        assertThat(result.errors()).isEmpty();
        assertThat(result.documents().get(0).contentType()).isEqualTo("image/png");
    }

    @Test
    void rejectsTextFileNamedPdf() {
        byte[] text = "Ich bin kein PDF, nur Text.\n".getBytes(StandardCharsets.UTF_8);

        EvidenceChecker.Result result = check(registration("fahrzeugschein.pdf", text));

        assertThat(result.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("attachments[0]", "TYPE_NOT_ALLOWED"),
                tuple("attachments.zulassungsbescheinigung", "EVIDENCE_MISSING"));
        assertThat(result.documents()).isEmpty();
    }

    @Test
    void rejectsExecutableNamedPdf() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80; // e_lfanew
        exe[0x80] = 'P';
        exe[0x81] = 'E';

        EvidenceChecker.Result result = check(registration("fahrzeugschein.pdf", exe));

        assertThat(result.errors()).extracting(FieldError::code).contains("TYPE_NOT_ALLOWED");
        assertThat(result.errors().get(0).message()).contains("„Zulassungsbescheinigung Teil I“");
        assertThat(result.documents()).isEmpty();
    }

    @Test
    void rejectsHtmlNamedPdf() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(check(registration("x.pdf", html)).errors()).extracting(FieldError::code).contains("TYPE_NOT_ALLOWED");
    }

    @Test
    void rejectsFileLargerThanLimit() {
        EvidenceChecker.Result result = check(registration("gross.pdf", pdfOfSize(100 * 1024 + 1)));

        assertThat(result.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("attachments[0]", "FILE_TOO_LARGE"),
                tuple("attachments.zulassungsbescheinigung", "EVIDENCE_MISSING"));
        assertThat(result.documents()).isEmpty();
    }

    @Test
    void acceptsFileOfExactlyTheLimit() {
        EvidenceChecker.Result result = check(registration("genau.pdf", pdfOfSize(100 * 1024)));

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void rejectsTotalLargerThanLimit() {
        EvidenceChecker.Result result = check(registration("a.pdf", pdfOfSize(80 * 1024)),
                attachment("vollmacht", "b.pdf", pdfOfSize(80 * 1024)));

        assertThat(result.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("attachments", "TOTAL_TOO_LARGE"));
    }

    @Test
    void acceptsTotalOfExactlyTheLimit() {
        EvidenceChecker.Result result = check(registration("a.pdf", pdfOfSize(75 * 1024)),
                attachment("vollmacht", "b.pdf", pdfOfSize(75 * 1024)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.documents()).hasSize(2);
    }

    @Test
    void rejectsTooManyFiles() {
        List<SubmissionRequest.Attachment> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(registration("seite" + i + ".pdf", MINIMAL_PDF));
        }

        EvidenceChecker.Result result = checker.check(REQUIREMENTS, four);

        assertThat(result.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("attachments", "TOO_MANY_FILES"));
        assertThat(result.errors().get(0).message()).contains("3");
        assertThat(result.documents()).isEmpty();
    }

    @Test
    void acceptsMaximumNumberOfFiles() {
        EvidenceChecker.Result result = check(registration("1.pdf", MINIMAL_PDF), registration("2.png", PNG),
                attachment("vollmacht", "3.jpg", JPEG));

        assertThat(result.errors()).isEmpty();
        assertThat(result.documents()).hasSize(3);
    }

    @Test
    void reportsMissingRequiredEvidenceButNotMissingOptional() {
        EvidenceChecker.Result none = checker.check(REQUIREMENTS, null);
        assertThat(none.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("attachments.zulassungsbescheinigung", "EVIDENCE_MISSING"));
        assertThat(none.errors().get(0).message()).contains("„Zulassungsbescheinigung Teil I“");

        EvidenceChecker.Result onlyOptional = check(attachment("vollmacht", "v.pdf", MINIMAL_PDF));
        assertThat(onlyOptional.errors()).extracting(FieldError::code).containsExactly("EVIDENCE_MISSING");
    }

    @Test
    void acceptsNoFilesWhenNothingIsRequired() {
        assertThat(checker.check(List.of(POWER_OF_ATTORNEY), List.of()).errors()).isEmpty();
        assertThat(checker.check(List.of(), null).errors()).isEmpty();
    }

    @Test
    void rejectsUnknownOrMissingEvidenceKey() {
        EvidenceChecker.Result result = check(attachment("personalausweis", "ausweis.pdf", MINIMAL_PDF),
                attachment(null, "x.pdf", MINIMAL_PDF), registration("ok.pdf", MINIMAL_PDF));

        assertThat(result.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("attachments[0].evidence", "UNKNOWN_EVIDENCE"),
                tuple("attachments[1].evidence", "UNKNOWN_EVIDENCE"));
        assertThat(result.documents()).extracting(NewDocument::evidenceKey).containsExactly("zulassungsbescheinigung");
    }

    @Test
    void rejectsInvalidEmptyOrMissingBase64() {
        List<SubmissionRequest.Attachment> attachments = List.of(
                new SubmissionRequest.Attachment("zulassungsbescheinigung", "a.pdf", "QQ=QQ"),
                new SubmissionRequest.Attachment("zulassungsbescheinigung", "b.pdf", ""),
                new SubmissionRequest.Attachment("zulassungsbescheinigung", "c.pdf", null));

        EvidenceChecker.Result result = checker.check(REQUIREMENTS, attachments);

        assertThat(result.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("attachments[0].contentBase64", "EMPTY_OR_INVALID"),
                tuple("attachments[1].contentBase64", "EMPTY_OR_INVALID"),
                tuple("attachments[2].contentBase64", "EMPTY_OR_INVALID"),
                tuple("attachments.zulassungsbescheinigung", "EVIDENCE_MISSING"));
    }

    @Test
    void acceptsBase64WithLineBreaks() {
        String mime = Base64.getMimeEncoder().encodeToString(pdfOfSize(2000));
        assertThat(mime).contains("\r\n");

        EvidenceChecker.Result result = checker.check(REQUIREMENTS,
                List.of(new SubmissionRequest.Attachment("zulassungsbescheinigung", "a.pdf", mime)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.documents().get(0).content()).hasSize(2000);
    }

    @Test
    void stripsPathFromFileName() {
        EvidenceChecker.Result result = check(registration("../../etc/passwd.pdf", MINIMAL_PDF));

        assertThat(result.documents().get(0).fileName()).isEqualTo("passwd.pdf");
    }

    @Test
    void stripsWindowsPathAndMarkupFromFileName() {
        EvidenceChecker.Result result = check(registration("C:\\x\\<script>.pdf", MINIMAL_PDF));

        String name = result.documents().get(0).fileName();
        assertThat(name).doesNotContain("/", "\\", "<", ">", ":").endsWith(".pdf").isEqualTo("_script_.pdf");
    }

    @Test
    void givesFallbackNameByDetectedType() {
        EvidenceChecker.Result result = check(registration(null, MINIMAL_PDF), attachment("vollmacht", "   ", PNG));

        assertThat(result.documents()).extracting(NewDocument::fileName)
                .containsExactly("zulassungsbescheinigung.pdf", "vollmacht.png");
    }
}
