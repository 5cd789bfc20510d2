package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.thueringen.antrag.casefile.Applicant;
import de.thueringen.antrag.casefile.CaseDocument;
import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.catalog.ServiceCatalog;
import de.thueringen.antrag.catalog.ServiceDefinition;
import de.thueringen.antrag.jurisdiction.AuthorityDirectory;
import de.thueringen.antrag.jurisdiction.JurisdictionLevel;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/** NoticeService with the case file and the catalogue mocked; templates, renderer and authorities are real. */
class NoticeServiceTest {

    private static final long CASE_ID = 42L;
    private static final NoticeTemplates TEMPLATES = new NoticeTemplates(java.nio.file.Path.of(NoticeTemplates.FOLDER));
    private static final JurisdictionService JURISDICTION = new JurisdictionService(new AuthorityDirectory());

    private CaseFileService caseFiles;
    private ServiceCatalog catalog;
    private NoticePdfRenderer renderer;
    private NoticeService service;
    private CaseFile caseFile;
    private final Map<String, String> serviceProperties = new HashMap<>();

    @BeforeEach
    void setUp() {
        caseFiles = mock(CaseFileService.class);
        catalog = mock(ServiceCatalog.class);
        renderer = spy(new NoticePdfRenderer());
        Clock clock = Clock.fixed(Instant.parse("2026-03-05T09:30:00Z"), ZoneId.of("Europe/Berlin"));
        service = new NoticeService(caseFiles, JURISDICTION, catalog, renderer, TEMPLATES, new ObjectMapper(), clock);
        caseFile = caseFile("ags-16051000", "10173", "Bewohnerparkausweis", "ERF-2026-000007",
                new Applicant("Erika", "Mustermann", "Anger", "1", "99084", "Erfurt", "e@example.de", null),
                "{\"licensePlate\":\"EF-AB 123\",\"parkingZone\":\"Altstadt\"}");
        when(caseFiles.require(CASE_ID)).thenReturn(caseFile);
        when(caseFiles.findNotice(anyLong(), anyString())).thenReturn(Optional.empty());
        when(caseFiles.storeNotice(anyLong(), anyString(), anyString(), anyString(), any()))
                .thenAnswer(call -> mock(CaseDocument.class));
        serviceProperties.put("permit.fields", "licensePlate:Amtliches Kennzeichen,parkingZone:Bewohnerparkgebiet");
        when(catalog.find("10173")).thenAnswer(call -> Optional.of(definition("10173", serviceProperties)));
    }

    @Test
    void approvalIsRenderedFromTheServiceTemplateStoredAndClosesTheCase() throws IOException {
        service.issue(new IssueNoticeCommand(CASE_ID, NoticeKind.APPROVAL, null, LocalDate.of(2027, 2, 28),
                new BigDecimal("30"), "Gebührensatzung der Stadt Erfurt"));

        String text = flat(storedText("APPROVAL", "APPROVAL", "Bescheid-ERF-2026-000007.pdf"));
        assertThat(text).contains(
                "Bescheid über Ihren Antrag auf einen Bewohnerparkausweis",
                "auf Ihren Antrag vom 02.03.2026 ergeht folgender Bescheid:",
                "Ihrem Antrag auf einen Bewohnerparkausweis wird stattgegeben.",
                "Der Ausweis gilt bis zum 28.02.2027.",
                "hinter die Windschutzscheibe",
                "Amtliches Kennzeichen EF-AB 123", "Bewohnerparkgebiet Altstadt", "Gültig bis 28.02.2027",
                "Gebühr Bewohnerparkausweis (Gebührensatzung der Stadt Erfurt) 30,00 €",
                "Rechtsgrundlage: § 45 Abs. 1b StVO",
                "Kreisfreie Stadt · Sitz: Erfurt", "Ansprechpartner: Bürgerservice",
                "Rechtsbehelfsbelehrung", "Widerspruch", "Stadt Erfurt mit Sitz in Erfurt",
                "Aktenzeichen: ERF-2026-000007", "Datum: 05.03.2026");
        verify(caseFiles).recordStatus(CASE_ID, CaseStatus.GENEHMIGT, CaseFileService.SYSTEM_ACTOR, "Bescheid");
    }

    @Test
    void aSecondIssueReturnsTheStoredNoticeWithoutRenderingAgain() {
        CaseDocument stored = mock(CaseDocument.class);
        when(caseFiles.findNotice(CASE_ID, "REJECTION")).thenReturn(Optional.of(stored));

        CaseDocument result = service.issue(new IssueNoticeCommand(CASE_ID, NoticeKind.REJECTION, "Grund", null,
                null, null));

        assertThat(result).isSameAs(stored);
        verify(renderer, never()).render(any());
        verify(caseFiles, never()).storeNotice(anyLong(), anyString(), anyString(), anyString(), any());
        verify(caseFiles, never()).require(anyLong());
        // the status is recorded again, which is a no-op for a case that has it
        verify(caseFiles).recordStatus(CASE_ID, CaseStatus.ABGELEHNT, CaseFileService.SYSTEM_ACTOR,
                "Ablehnungsbescheid");
    }

    @Test
    void severalDocumentRequestsAreStoredUnderTheirOwnKeys() throws IOException {
        service.issue(new IssueNoticeCommand(CASE_ID, NoticeKind.DOCUMENT_REQUEST, null, null, null, null,
                "Zulassungsbescheinigung Teil I\nMeldebescheinigung", LocalDate.of(2026, 3, 19), null, null, null,
                null, "anfrage 2/ä"));

        String text = storedText("DOCUMENT_REQUEST", "DOCUMENT_REQUEST:anfrage 2/ä",
                "Nachforderung-von-Unterlagen-ERF-2026-000007-anfrage-2-.pdf");
        assertThat(text).contains("Nachforderung von Unterlagen zu Ihrem Antrag auf Bewohnerparkausweis",
                "Zulassungsbescheinigung Teil I\nMeldebescheinigung", "bis zum 19.03.2026")
                .doesNotContain("Rechtsbehelfsbelehrung");
        verify(caseFiles, never()).recordStatus(anyLong(), any(), anyString(), anyString());
    }

    @Test
    void feeNoticeCarriesKassenzeichenAmountDueDateAndPayLink() throws IOException {
        service.issue(new IssueNoticeCommand(CASE_ID, NoticeKind.FEE_NOTICE, null, null, new BigDecimal("100"),
                "Gebührensatzung der Stadt Erfurt", null, null, LocalDate.of(2026, 3, 19), "TH-ABCDEFGH2345",
                "https://antrag.example.de/bezahlen/TH-ABCDEFGH2345", null, null));

        String text = flat(storedText("FEE_NOTICE", "FEE_NOTICE", "Gebührenbescheid-ERF-2026-000007.pdf"));
        assertThat(text).contains("Gebührenbescheid zu Ihrem Antrag auf Bewohnerparkausweis",
                "wird eine Gebühr von 100,00 € festgesetzt", "Die Gebühr beruht auf Gebührensatzung der Stadt Erfurt.",
                "bis zum 19.03.2026", "Kassenzeichen TH-ABCDEFGH2345", "Kassenzeichen: TH-ABCDEFGH2345",
                "Zahlbar bis 19.03.2026", "Summe 100,00 €", "Rechtsbehelfsbelehrung",
                "Online bezahlen https://antrag.example.de/bezahlen/TH-ABCDEFGH2345");
        verify(caseFiles, never()).recordStatus(anyLong(), any(), anyString(), anyString());
    }

    @Test
    void deemedApprovalNamesTheDayTheDeadlineEndedAndCarriesARemedy() throws IOException {
        service.issue(new IssueNoticeCommand(CASE_ID, NoticeKind.DEEMED_APPROVAL, null, null, null, null, null,
                null, null, null, null, LocalDate.of(2026, 6, 1), null));

        String text = storedText("DEEMED_APPROVAL", "DEEMED_APPROVAL",
                "Bescheinigung-über-den-Eintritt-der-Genehmigungsfiktion-ERF-2026-000007.pdf");
        assertThat(text.replace('\n', ' ')).contains("Bescheinigung über den Eintritt der Genehmigungsfiktion",
                "§ 42a Abs. 3 des Thüringer Verwaltungsverfahrensgesetzes",
                "Die Frist ist mit Ablauf des 01.06.2026 abgelaufen.",
                "gilt deshalb nach § 42a Abs. 1 Satz 1 ThürVwVfG mit Ablauf des 01.06.2026 als erteilt",
                "Gegen diese Bescheinigung kann innerhalb eines Monats nach ihrer Bekanntgabe Widerspruch");
        verify(caseFiles).recordStatus(CASE_ID, CaseStatus.GENEHMIGT, CaseFileService.SYSTEM_ACTOR,
                "Bescheinigung über den Eintritt der Genehmigungsfiktion");
    }

    @Test
    void whereTheLawExcludesTheObjectionTheCourtOfTheAuthorityIsNamed() throws IOException {
        serviceProperties.put("legal.remedy", "KLAGE");
        CaseFile inEisenach = caseFile(7L, "ags-16063105", "10173", "Bewohnerparkausweis", "EIS-2026-000001",
                new Applicant(null, "Müller GmbH", "Markt", "2", "99817", "Eisenach", null, null), "{}");
        when(caseFiles.require(7L)).thenReturn(inEisenach);

        service.issue(new IssueNoticeCommand(7L, NoticeKind.REJECTION, "Kein Wohnsitz im Parkgebiet.", null, null,
                null));

        ArgumentCaptor<byte[]> pdf = ArgumentCaptor.forClass(byte[].class);
        verify(caseFiles).storeNotice(eq(7L), eq("REJECTION"), eq("REJECTION"), anyString(), pdf.capture());
        String text = NoticePdfRendererTest.text(pdf.getValue()).replace('\n', ' ');
        assertThat(text).contains("Stadt Eisenach", "Gemeinde · Sitz: Eisenach",
                "Klage beim Verwaltungsgericht Meiningen mit Sitz in Meiningen",
                "Lindenallee 15, 98617 Meiningen", "Ein Widerspruchsverfahren findet nicht statt.",
                "Begründung:", "Kein Wohnsitz im Parkgebiet.", "Guten Tag Müller GmbH,")
                .doesNotContain("Widerspruch erhoben", "Die Voraussetzungen für die beantragte Leistung");
    }

    @Test
    void aVerwaltungsgemeinschaftSignsForItsMemberMunicipality() throws IOException {
        // Lindenberg/Eichsfeld (VG 160615001) acts for its member Berlingerode (16061003), which stays the party
        CaseFile inBerlingerode = caseFile(8L, "vg-160615001", "10173", "Bewohnerparkausweis", "VG06101-2026-000001",
                new Applicant("Eva", "Eich", "Dorfstraße", "3", "37339", "Berlingerode", null, null), "{}");
        when(inBerlingerode.getMunicipalityAgs()).thenReturn("16061003");
        when(caseFiles.require(8L)).thenReturn(inBerlingerode);

        NoticeDocument notice = service.compose(inBerlingerode,
                new IssueNoticeCommand(8L, NoticeKind.REJECTION, "Kein Wohnsitz im Parkgebiet.", null, null, null));
        String text = NoticePdfRendererTest.text(renderer.render(notice)).replace('\n', ' ');

        assertThat(text).contains("Verwaltungsgemeinschaft Lindenberg/Eichsfeld",
                "für die Gemeinde Berlingerode", "Verwaltungsgemeinschaft · Sitz: Teistungen");
    }

    @Test
    void anAuthorityActingInItsOwnNameSignsAlone() {
        when(caseFile.getMunicipalityAgs()).thenReturn("16051000");

        NoticeDocument notice = service.compose(caseFile,
                new IssueNoticeCommand(CASE_ID, NoticeKind.REJECTION, "Nein.", null, null, null));

        assertThat(notice.authority().name()).isEqualTo("Stadt Erfurt");
        assertThat(notice.authority().onBehalfOfLine()).isEmpty();
    }

    @Test
    void landOfficeNoticesNameTheAdministrativeCourtWeimar() {
        CaseFile atLand = caseFile("land-thueringen", "10173", "Bewohnerparkausweis", "TLV-2026-000001",
                new Applicant("A", "B", "C", "1", "99423", "Weimar", null, null), "{}");

        String remedy = NoticeService.legalRemedy(NoticeKind.REJECTION, JURISDICTION.require(atLand.getAuthorityId()),
                definition("10173", Map.of("legal.remedy", "KLAGE")));

        assertThat(remedy).contains("Verwaltungsgericht Weimar mit Sitz in Weimar",
                "Jenaer Straße 2a, 99425 Weimar");
        assertThat(NoticeService.legalRemedy(NoticeKind.REJECTION, JURISDICTION.require("kreis-16076"), null))
                .contains("Landratsamt Greiz mit Sitz in Greiz").contains("Widerspruch");
    }

    @Test
    void citizenTextIsPrintedLiterallyNeverAsTemplateSyntax() throws IOException {
        CaseFile hostile = caseFile(9L, "kreis-16067", "10559", "Meldebescheinigung", "GTH-2026-000003",
                new Applicant("{{aktenzeichen}}", "[falls begruendung] Łukasz 😀", "Weg", "1", "99867", "Gotha",
                        null, null), "{}");
        when(caseFiles.require(9L)).thenReturn(hostile);

        service.issue(new IssueNoticeCommand(9L, NoticeKind.REJECTION, "{{gebuehr}} und ${x}", null, null, null));

        ArgumentCaptor<byte[]> pdf = ArgumentCaptor.forClass(byte[].class);
        verify(caseFiles).storeNotice(eq(9L), eq("REJECTION"), eq("REJECTION"), anyString(), pdf.capture());
        String text = NoticePdfRendererTest.text(pdf.getValue());
        assertThat(text).contains("Guten Tag {{aktenzeichen}} [falls begruendung] Łukasz ?,",
                "{{gebuehr}} und ${x}", "Landratsamt Gotha", "Landratsamt · Sitz: Gotha");
        // the service has no catalogue entry here: no legal basis line, the default template
        assertThat(text).doesNotContain("Rechtsgrundlage:");
    }

    @Test
    void missingValuesFailNamingTheProcessVariablesAndNothingIsStored() {
        assertThatThrownBy(() -> service.issue(new IssueNoticeCommand(CASE_ID, NoticeKind.FEE_NOTICE, null, null,
                null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feeAmount, paymentReference, paymentDeadline");
        assertThatThrownBy(() -> service.issue(new IssueNoticeCommand(CASE_ID, NoticeKind.DOCUMENT_REQUEST, null,
                null, null, null, "  ", null, null, null, null, null, null)))
                .hasMessageContaining("missingDocuments, replyDeadline");
        assertThatThrownBy(() -> service.issue(new IssueNoticeCommand(CASE_ID, NoticeKind.DEEMED_APPROVAL, null,
                null, null, null)))
                .hasMessageContaining("deemedApprovalDate");
        assertThatThrownBy(() -> service.issue(new IssueNoticeCommand(null, NoticeKind.RECEIPT, null, null, null,
                null)))
                .hasMessageContaining("case id");
        verify(caseFiles, never()).storeNotice(anyLong(), anyString(), anyString(), anyString(), any());
    }

    @Test
    void storageKeyIsTheKindOrKindAndNoticeKey() {
        assertThat(new IssueNoticeCommand(1L, NoticeKind.RECEIPT, null, null, null, null).storageKey())
                .isEqualTo("RECEIPT");
        assertThat(new IssueNoticeCommand(1L, NoticeKind.DOCUMENT_REQUEST, null, null, null, null, null, null, null,
                null, null, null, " 3 ").storageKey()).isEqualTo("DOCUMENT_REQUEST:3");
    }

    private static String flat(String text) {
        return text.replace('\n', ' ');
    }

    private String storedText(String kind, String key, String fileName) throws IOException {
        ArgumentCaptor<byte[]> pdf = ArgumentCaptor.forClass(byte[].class);
        verify(caseFiles).storeNotice(eq(CASE_ID), eq(kind), eq(key), eq(fileName), pdf.capture());
        try (PDDocument document = Loader.loadPDF(pdf.getValue())) {
            assertThat(document.getDocumentInformation().getAuthor()).isNotBlank();
        }
        return NoticePdfRendererTest.text(pdf.getValue());
    }

    private static CaseFile caseFile(String authorityId, String serviceId, String serviceName, String caseNumber,
                                     Applicant applicant, String formData) {
        return caseFile(CASE_ID, authorityId, serviceId, serviceName, caseNumber, applicant, formData);
    }

    private static CaseFile caseFile(long id, String authorityId, String serviceId, String serviceName, String caseNumber,
                                     Applicant applicant, String formData) {
        CaseFile file = mock(CaseFile.class);
        when(file.getId()).thenReturn(id);
        when(file.getAuthorityId()).thenReturn(authorityId);
        when(file.getServiceId()).thenReturn(serviceId);
        when(file.getServiceName()).thenReturn(serviceName);
        when(file.getCaseNumber()).thenReturn(caseNumber);
        when(file.getApplicant()).thenReturn(applicant);
        when(file.getFormData()).thenReturn(formData);
        when(file.getSubmittedAt()).thenReturn(Instant.parse("2026-03-02T08:15:00Z"));
        return file;
    }

    private static ServiceDefinition definition(String serviceId, Map<String, String> properties) {
        return new ServiceDefinition(serviceId, "Bewohnerparkausweis", "Parkausweise", "Mobilität", "Kfz",
                List.of(), "§ 45 Abs. 1b StVO", JurisdictionLevel.GEMEINDE, "GENEHMIGUNG", List.of(),
                "ozg-" + serviceId, "ozg-" + serviceId + ":1:1", Map.copyOf(properties));
    }
}
