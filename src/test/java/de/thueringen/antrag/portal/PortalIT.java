package de.thueringen.antrag.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.casefile.CaseStatus;
import de.thueringen.antrag.casefile.MessageDirection;
import de.thueringen.antrag.it.H2ApplicationTest;

/** The portal over HTTP: CSRF, idempotent submission, drafts, escaping, errors, rate limit, answering a request. */
@H2ApplicationTest
class PortalIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern IDEMPOTENCY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseFileService caseFiles;

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    record Response(int status, String body, HttpResponse<byte[]> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path));
    }

    private Response get(String path) {
        return send(request(path).GET());
    }

    private Response postForm(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private record FilePart(String name, String fileName, byte[] content) {
    }

    private Response postMultipart(String path, Map<String, String> fields, List<FilePart> files) {
        String boundary = "----portal" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in page", pattern).isTrue();
        return matcher.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String jenaData(String lastName) {
        return "{\"firstName\":\"Jan\",\"lastName\":\"" + lastName + "\",\"street\":\"Markt\",\"houseNumber\":\"1\","
                + "\"postalCode\":\"07743\",\"city\":\"Jena\",\"licensePlate\":\"J-AB 123\",\"vehicleHolder\":\"self\","
                + "\"declarationTruthful\":true}";
    }

    /** Opens the application page for Jena like a browser: returns the CSRF token and the form's idempotency key. */
    private String[] openApplication() {
        String csrf = find(CSRF, get("/portal/leistungen/10173").body());
        Response page = postForm("/portal/antrag/10173", Map.of("_csrf", csrf, "gemeinde", "16053000"));
        assertThat(page.status()).isEqualTo(200);
        return new String[] {find(CSRF, page.body()), find(IDEMPOTENCY, page.body())};
    }

    private Map<String, String> submitFields(String[] form, String data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", form[0]);
        fields.put("idempotencyKey", form[1]);
        fields.put("gemeinde", "16053000");
        fields.put("data", data);
        fields.put("aktion", "absenden");
        return fields;
    }

    private long cases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Long.class);
    }

    @Test
    void portalPagesHaveAStrictContentSecurityPolicy() {
        Response start = get("/portal");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe-eval", "unsafe-inline");
        assertThat(start.body()).contains("lang=\"de\"").doesNotContain("<script>");
    }

    @Test
    void postWithoutCsrfTokenIsRefusedAndStoresNothing() {
        get("/portal/leistungen/10173"); // the browser has its cookie, the attacker's page not the token
        long before = cases();
        String[] form = openApplication();
        Map<String, String> fields = submitFields(form, jenaData("Csrf"));
        fields.remove("_csrf");
        Response refused = postMultipart("/portal/antrag/10173/senden", fields,
                List.of(new FilePart("nachweis.zulassungsbescheinigung", "a.pdf", pdf())));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Sitzung abgelaufen").doesNotContain("Exception");
        Response wrong = postForm("/portal/leistungen/10173/ort", Map.of("_csrf", "falsch", "ort", "07743"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void sameFormSubmittedTwiceOpensOneCaseAndShowsTheSameReceipt() {
        String[] form = openApplication();
        long before = cases();
        List<FilePart> files = List.of(new FilePart("nachweis.zulassungsbescheinigung", "Fahrzeugschein.pdf", pdf()));
        Response first = postMultipart("/portal/antrag/10173/senden", submitFields(form, jenaData("Doppelklick")), files);
        Response second = postMultipart("/portal/antrag/10173/senden", submitFields(form, jenaData("Doppelklick")), files);
        assertThat(first.status()).isEqualTo(302);
        assertThat(first.header("Location")).matches(".*/portal/vorgang/[A-Za-z0-9_-]{43}/eingang");
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(cases()).isEqualTo(before + 1);

        Response receipt = get(first.header("Location"));
        assertThat(receipt.body()).containsPattern("JEN-\\d{4}-\\d{6}").contains("Eingangsbestätigung herunterladen");
        String token = first.header("Location").replaceAll(".*/vorgang/([^/]+)/eingang", "$1");
        Response pdf = get("/portal/vorgang/" + token + "/eingangsbestaetigung");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void concurrentDoubleSubmitOpensOneCase() {
        String[] form = openApplication();
        long before = cases();
        List<FilePart> files = List.of(new FilePart("nachweis.zulassungsbescheinigung", "Fahrzeugschein.pdf", pdf()));
        List<CompletableFuture<Response>> clicks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clicks.add(CompletableFuture.supplyAsync(
                    () -> postMultipart("/portal/antrag/10173/senden", submitFields(form, jenaData("Gleichzeitig")), files)));
        }
        List<String> locations = clicks.stream().map(CompletableFuture::join).map(r -> r.status() + " " + r.header("Location")).toList();
        assertThat(locations).allMatch(l -> l.startsWith("302 ")).containsOnly(locations.get(0));
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    void serverRejectsWhatTheBrowserMissedWithGermanFieldErrorsAndEscapesEcho() {
        String[] form = openApplication();
        long before = cases();
        String hostile = jenaData("<script>alert(1)</script>").replace("\"postalCode\":\"07743\"", "\"postalCode\":\"99084\"");
        Response rejected = postMultipart("/portal/antrag/10173/senden", submitFields(form, hostile),
                List.of(new FilePart("nachweis.zulassungsbescheinigung", "virus.pdf", "MZ\u0090\u0000not a pdf".getBytes(StandardCharsets.ISO_8859_1))));
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body()).contains("Bitte prüfen Sie Ihre Angaben", "nicht erlaubtes Format", "gehört nicht zu Stadt Jena")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(cases()).isEqualTo(before);
        // the same form may be corrected and sent again: still its own idempotency key
        assertThat(find(IDEMPOTENCY, rejected.body())).isEqualTo(form[1]);

        Response echo = postForm("/portal/leistungen/10173/ort", Map.of("_csrf", form[0], "ort", "<img src=x onerror=alert(1)>"));
        assertThat(echo.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
    }

    @Test
    void draftIsSavedAndResumedWithItsSecretLink() {
        String[] form = openApplication();
        Map<String, String> fields = submitFields(form, "{\"lastName\":\"Entwurf\",\"licensePlate\":\"J-\"}");
        fields.put("aktion", "entwurf");
        Response saved = postMultipart("/portal/antrag/10173/senden", fields, List.of());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).matches(".*/portal/entwurf/[A-Za-z0-9_-]{43}\\?gespeichert=1");
        Response resumed = get(saved.header("Location"));
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.body()).contains("Ihr Entwurf ist gespeichert", "&quot;lastName&quot;:&quot;Entwurf&quot;");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM portal_draft WHERE form_data LIKE '%Entwurf%'", Long.class)).isEqualTo(1);

        Response unknown = get("/portal/entwurf/" + "A".repeat(43));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Entwurf nicht gefunden");
    }

    @Test
    void unknownTokenAndBrokenRequestsGiveGermanPagesWithoutStackTraces() {
        Response unknown = get("/portal/vorgang/" + "B".repeat(43));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Nicht gefunden").doesNotContain("Exception", "at de.thueringen");
        Response malformed = get("/portal/vorgang/kurz");
        assertThat(malformed.status()).isEqualTo(404);
        String csrf = find(CSRF, get("/portal/leistungen/10173").body());
        Response noPlace = postForm("/portal/antrag/10173", Map.of("_csrf", csrf, "gemeinde", "x'--"));
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.body()).contains("Wohnort").doesNotContain("Exception");
        assertThat(get("/portal/leistungen/99999").status()).isEqualTo(404);
    }

    @Test
    void guessingTrackingTokensIsRateLimitedPerClientAddress() {
        String client = "203.0.113." + (int) (Math.random() * 200 + 20);
        int tooMany = 0;
        for (int i = 0; i < 40; i++) {
            Response r = send(request("/portal/vorgang/" + "C".repeat(43)).header("X-Forwarded-For", client).GET());
            if (r.status() == 429) {
                tooMany++;
                assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 60L);
                assertThat(r.body()).contains("Zu viele Anfragen");
            }
        }
        assertThat(tooMany).isGreaterThan(0);
        assertThat(send(request("/portal/vorgang/" + "C".repeat(43)).header("X-Forwarded-For", "198.51.100.7").GET()).status())
                .isEqualTo(404);
    }

    @Test
    void citizenAnswersARequestForDocumentsWithUploads() {
        String[] form = openApplication();
        Response submitted = postMultipart("/portal/antrag/10173/senden", submitFields(form, jenaData("Nachreichung")),
                List.of(new FilePart("nachweis.zulassungsbescheinigung", "Fahrzeugschein.pdf", pdf())));
        String token = submitted.header("Location").replaceAll(".*/vorgang/([^/]+)/eingang", "$1");
        CaseFile caseFile = caseFiles.findByTrackingToken(token).orElseThrow();
        String csrf = form[0]; // the browser's CSRF token, from the application page
        Response notRequested = postMultipart("/portal/vorgang/" + token + "/unterlagen", Map.of("_csrf", csrf),
                List.of(new FilePart("unterlagen", "x.pdf", pdf())));
        assertThat(notRequested.status()).isEqualTo(409);

        caseFiles.recordStatus(caseFile.getId(), CaseStatus.UNTERLAGEN_NACHGEFORDERT, "test", "Halterbestätigung fehlt");
        Response page = get("/portal/vorgang/" + token);
        assertThat(page.body()).contains("Unterlagen nachreichen");
        Response refused = postMultipart("/portal/vorgang/" + token + "/unterlagen", Map.of("_csrf", csrf),
                List.of(new FilePart("unterlagen", "bestaetigung.pdf", "#!/bin/sh\necho hi".getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("nicht erlaubtes Format");

        Response answered = postMultipart("/portal/vorgang/" + token + "/unterlagen",
                Map.of("_csrf", csrf, "nachricht", "Anbei die Bestätigung des Halters."),
                List.of(new FilePart("unterlagen", "../../Halterbestätigung.pdf", pdf())));
        assertThat(answered.status()).isEqualTo(302);
        assertThat(answered.header("Location")).endsWith("?hinweis=nachgereicht");
        assertThat(caseFiles.documents(caseFile.getId())).extracting(d -> d.getFileName()).contains("Halterbestätigung.pdf");
        assertThat(caseFiles.mailbox(caseFile.getId())).anyMatch(m -> m.getDirection() == MessageDirection.FROM_CITIZEN
                && m.getBody().contains("Anbei die Bestätigung"));
        assertThat(get(answered.header("Location")).body()).contains("Ihre Unterlagen sind bei der Behörde eingegangen",
                "Unterlagen nachgereicht");
    }
}
