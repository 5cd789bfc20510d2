package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.thueringen.antrag.AntragsmanagementApplication;
import de.thueringen.antrag.payment.PaymentProvider;

/**
 * The application started as in production: WITHOUT the profile demo, on an in-memory H2. Runs in a surefire
 * execution of its own (classes *ProductionIT): Camunda registers its engine JVM-wide by name, and a second context
 * next to the shared demo context would interfere with it.
 *
 * <p>Secure cookies are on here (as in production), and a plain-HTTP client does not send them back: the tests carry
 * cookies by hand.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartProductionIT {

    static {
        // the attack needs its own Host header, which java.net.http refuses to send unless allowed before first use
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    private static final String PUBLIC_BASE = "https://antrag.example.de";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConfigurableApplicationContext app;
    private static String startLog;
    private static HttpClient http;
    private static String local;

    /** What a production start needs: bank transfer as payment provider (the default), both public addresses. */
    private static Map<String, Object> productionSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("spring.datasource.url", "jdbc:h2:mem:antrag-production-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        settings.put("antrag.portal.base-url", PUBLIC_BASE);
        settings.put("antrag.payment.callback-base-url", "https://intern.example.de");
        return settings;
    }

    private static ConfigurableApplicationContext start(Map<String, Object> settings) {
        List<String> args = new ArrayList<>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(AntragsmanagementApplication.class).run(args.toArray(String[]::new));
    }

    @BeforeAll
    static void startProduction(CapturedOutput output) {
        app = start(productionSettings());
        startLog = output.getAll();
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        local = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stopProduction() {
        if (app != null) {
            app.close();
        }
    }

    // --- refused starts: they fail before any bean (or engine) exists ---

    @Test
    void refusesToStartWithThePaymentSimulator() {
        Map<String, Object> settings = productionSettings();
        settings.put("antrag.payment.provider", "epaybl-simulator");
        settings.put("antrag.payment.simulator.enabled", "true");
        settings.put("antrag.payment.simulator.secret", "q8Vt3xWmLp9Rz2Kc7Hn4Yb6Jd1Fs5Gt0Ae");
        assertThatThrownBy(() -> start(settings))
                .hasMessageContaining("Zahlungssimulator").hasMessageContaining("payment simulator")
                .hasMessageContaining("antrag.payment.provider=ueberweisung");
    }

    @Test
    void refusesToStartWithoutPublicAddresses() {
        Map<String, Object> settings = productionSettings();
        settings.remove("antrag.portal.base-url");
        settings.remove("antrag.payment.callback-base-url");
        assertThatThrownBy(() -> start(settings))
                .hasMessageContaining("antrag.portal.base-url (ANTRAG_PORTAL_BASE_URL) fehlt")
                .hasMessageContaining("antrag.portal.base-url (ANTRAG_PORTAL_BASE_URL) is missing")
                .hasMessageContaining("antrag.payment.callback-base-url");
    }

    @Test
    void refusesToStartWithAPlaceholderSecretOrAdministratorPassword() {
        Map<String, Object> settings = productionSettings();
        settings.put("spring.mail.password", "change-me-to-another-long-random-value");
        settings.put("antrag.admin.id", "verwaltung");
        settings.put("antrag.admin.password", "changeme");
        assertThatThrownBy(() -> start(settings))
                .hasMessageContaining("spring.mail.password (SPRING_MAIL_PASSWORD) ist leer oder ein Platzhalter")
                .hasMessageContaining("Das Passwort des Administrationskontos „verwaltung“")
                .hasMessageContaining("The password of the administrator \"verwaltung\"");
    }

    // --- the running production start ---

    @Test
    void saysHowToCreateTheFirstAdministratorWhenThereIsNone() {
        assertThat(startLog).contains("Keine Administration eingerichtet").contains("No administrator")
                .contains("ANTRAG_ADMIN_ID").contains("ANTRAG_ADMIN_PASSWORD");
    }

    @Test
    void nobodyCreatesAnAdministratorThroughTheSetupPage() throws Exception {
        // without any administrator the webapp redirects to its setup page; the CSRF cookie comes on the way
        List<String> setCookies = new ArrayList<>();
        String address = local + "/camunda/app/admin/default/";
        for (int hop = 0; hop < 3 && address != null; hop++) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(address)).header("Cookie", cookies(setCookies)).GET());
            setCookies.addAll(page.headers().allValues("Set-Cookie"));
            address = page.headers().firstValue("Location").map(l -> URI.create(local + "/").resolve(l).toString()).orElse(null);
        }
        String cookies = cookies(setCookies);
        String xsrf = cookieValue(setCookies, "XSRF-TOKEN");
        assertThat(xsrf).as("the webapp's CSRF cookie").isNotBlank();

        String newUser = "{\"profile\":{\"id\":\"mallory\",\"firstName\":\"M\",\"lastName\":\"M\",\"email\":\"m@example.org\"},"
                + "\"credentials\":{\"password\":\"Mallory-takes-over-1\"}}";
        for (String path : List.of("/camunda/api/admin/setup/default/user/create",
                "/camunda/api/admin/setup/other/user/create",
                "/camunda/api/admin/setup;x=1/default/user/create",
                "/camunda//api/admin//setup/default/user/create",
                "/camunda/api/admin/%73etup/default/user/create",
                "/camunda/api/admin/./setup/default/user/create")) {
            HttpResponse<String> attempt = send(HttpRequest.newBuilder(URI.create(local + path))
                    .header("Cookie", cookies).header("X-XSRF-TOKEN", xsrf).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(newUser)));
            // refused either by the setup block (403) or, for path tricks, already by the canonical-path check (400)
            assertThat(attempt.statusCode()).as("%s: %s", path, attempt.body()).isIn(400, 403, 404);
        }
        assertThat(app.getBean(IdentityService.class).createUserQuery().count()).as("users").isZero();

        // the same cookies and token pass the webapp's CSRF check elsewhere: the 403 above is not a CSRF refusal
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(local + "/camunda/api/admin/auth/user/default/login/admin"))
                .header("Cookie", cookies).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=nothing")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(401);
    }

    @Test
    void trackingUrlUsesTheConfiguredAddressWhateverHostTheClientNames() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(local + "/api/v1/applications"))
                .header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(TestData.parkingPermitErfurt("Host")))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String trackingUrl = JSON.readTree(response.body()).get("trackingUrl").asText();
        assertThat(trackingUrl).startsWith(PUBLIC_BASE + "/api/v1/tracking/").doesNotContain("evil");
        assertThat(response.headers().firstValue("Location")).contains(trackingUrl);
    }

    @Test
    void feesArePaidByBankTransferWithoutAnOnlinePayButton() throws Exception {
        assertThat(app.getBeansOfType(PaymentProvider.class).values()).extracting(PaymentProvider::name)
                .containsExactly("ueberweisung");
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(URI.create(local + "/api/v1/applications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(TestData.criminalRecordCertificate(false)))));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String trackingPath = URI.create(JSON.readTree(submitted.body()).get("trackingUrl").asText()).getPath();
        String token = trackingPath.substring(trackingPath.lastIndexOf('/') + 1);

        JsonNode payment = awaitOpenFee(trackingPath);
        String reference = payment.get("reference").asText();
        assertThat(payment.get("payUrl")).as("no online payment").isNull();
        assertThat(payment.get("transferText").asText()).contains("überweisen").contains(reference);

        String page = send(HttpRequest.newBuilder(URI.create(local + "/portal/vorgang/" + token)).GET()).body();
        assertThat(page).doesNotContain("Jetzt bezahlen").contains("Bitte überweisen Sie").contains(reference);

        HttpResponse<String> pay = send(HttpRequest.newBuilder(URI.create(local + trackingPath + "/payments/" + reference))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(pay.statusCode()).isEqualTo(409);
        assertThat(pay.body()).contains("NO_ONLINE_PAYMENT");
        assertThat(awaitOpenFee(trackingPath).get("status").asText()).as("nothing booked by itself").isEqualTo("OPEN");
    }

    @Test
    void guessingAPasswordSlowsTheGuesserButNeverLocksTheAccount() throws Exception {
        IdentityService identity = app.getBean(IdentityService.class);
        User clerk = identity.newUser("weimar.sb");
        clerk.setPassword("Weimar-Prod-7");
        identity.saveUser(clerk);
        int lastStatus = 0;
        for (int attempt = 0; attempt < 12; attempt++) {
            lastStatus = send(basic("weimar.sb", "Raten" + attempt).header("X-Forwarded-For", "203.0.113.10")).statusCode();
        }
        assertThat(lastStatus).as("the guesser is throttled").isEqualTo(429);
        assertThat(send(basic("weimar.sb", "Weimar-Prod-7").header("X-Forwarded-For", "203.0.113.11")).statusCode())
                .as("the clerk herself, from her own address").isEqualTo(200);
        assertThat(identity.checkPassword("weimar.sb", "Weimar-Prod-7")).as("not locked in the engine").isTrue();
    }

    @Test
    void anonymousFloodingIsThrottledWithRetryAfter() throws Exception {
        HttpResponse<String> refused = null;
        for (int attempt = 0; attempt < 60 && refused == null; attempt++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(local + "/api/v1/applications"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.20")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(TestData.parkingPermitErfurt("Flut")))));
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            }
        }
        assertThat(refused).as("429 before 60 submissions from one address (tests allow 40 per 5 minutes)").isNotNull();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("TOO_MANY_SUBMISSIONS").contains("Bitte versuchen Sie es");
    }

    private static HttpRequest.Builder basic(String user, String password) {
        return HttpRequest.newBuilder(URI.create(local + "/engine-rest/version")).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET();
    }

    private static JsonNode awaitOpenFee(String trackingPath) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode payments = JSON.readTree(send(HttpRequest.newBuilder(URI.create(local + trackingPath)).GET()).body())
                    .get("payments");
            if (payments != null && !payments.isEmpty()) {
                return payments.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No fee requested for " + trackingPath);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Cookies as a Cookie header: sent back by hand, since they are marked Secure. */
    private static String cookies(List<String> setCookies) {
        return String.join("; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList());
    }

    private static String cookieValue(List<String> setCookies, String name) {
        return setCookies.stream().map(c -> c.split(";", 2)[0]).filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1)).reduce((first, later) -> later).orElse(null);
    }
}
