package de.thueringen.antrag.tasks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP client of the clerks' tests, in three kinds: anonymous (a citizen submitting), HTTP Basic (API client, engine
 * REST API) and a Tasklist login (session cookie and CSRF token, the way the browser does it).
 */
public final class ClerkClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

    public record Response(int status, byte[] body, HttpResponse<byte[]> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + text(), e);
            }
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String authorization;
    private String csrfToken;
    private final String clientAddress;

    private ClerkClient(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
        // a client address of its own (198.19.0.0/16, set aside for tests): the suite shares one application, whose
        // per-address limits would otherwise count all tests as one flooding citizen
        int n = NEXT.getAndIncrement();
        this.clientAddress = "198.19." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    public static ClerkClient anonymous(int port) {
        return new ClerkClient(port);
    }

    public static ClerkClient basic(int port, String user, String password) {
        ClerkClient client = new ClerkClient(port);
        client.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client;
    }

    /** Logged into Tasklist like a browser: session cookie, and the CSRF token Tasklist hands out. */
    public static ClerkClient tasklist(int port, String user, String password) {
        ClerkClient client = new ClerkClient(port);
        client.get("/camunda/app/tasklist/default/");
        client.csrfToken = client.csrfCookie();
        Response login = client.send(client.builder("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        if (login.status() != 200) {
            throw new AssertionError("Login of " + user + " failed: " + login.status() + " " + login.text());
        }
        // a new session after login (against session fixation); its CSRF token comes with the next response
        Response profile = client.get("/camunda/api/admin/auth/user/default");
        client.csrfToken = profile.header("X-XSRF-TOKEN") != null ? profile.header("X-XSRF-TOKEN") : client.csrfCookie();
        return client;
    }

    private String csrfCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("Tasklist did not hand out a CSRF token"));
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    public Response get(String path, String accept) {
        return send(builder(path).header("Accept", accept).GET());
    }

    public Response postJson(String path, Object body, String... headers) {
        return send(withHeaders(builder(path), headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response putJson(String path, Object body, String... headers) {
        return send(withHeaders(builder(path), headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response postForm(String path, Map<String, String> fields, String... headers) {
        StringBuilder form = new StringBuilder();
        fields.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(withHeaders(builder(path), headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    public Response delete(String path, String... headers) {
        return send(withHeaders(builder(path), headers).DELETE());
    }

    /** The header every change of the clerks' API needs (see security.ScriptedRequestFilter). */
    public static String[] scripted() {
        return new String[] {"X-Antrag-Request", "1"};
    }

    private static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (csrfToken != null) {
            builder.header("X-XSRF-TOKEN", csrfToken);
        }
        builder.header("X-Forwarded-For", clientAddress);
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // --- applications, as a citizen's client sends them ---

    /** A Bewohnerparkausweis application in Jena (07743) or Erfurt (99084); answers the case number. */
    public String submitParkingPermit(boolean jena, String firstName, String lastName) {
        return submitParkingPermitForReceipt(jena, firstName, lastName).get("caseNumber").asText();
    }

    /** {@link #submitParkingPermit}, answering the whole receipt (case number, tracking URL). */
    public JsonNode submitParkingPermitForReceipt(boolean jena, String firstName, String lastName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("firstName", firstName);
        data.put("lastName", lastName);
        data.put("street", "Marktstraße");
        data.put("houseNumber", "7a");
        data.put("postalCode", jena ? "07743" : "99084");
        data.put("city", jena ? "Jena" : "Erfurt");
        data.put("email", "buerger+" + NEXT.getAndIncrement() + "@example.org");
        data.put("licensePlate", jena ? "J-AB 123" : "EF-AB 123");
        data.put("vehicleHolder", "self");
        data.put("parkingZone", "Altstadt Nord");
        data.put("declarationTruthful", true);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("serviceId", "10173");
        request.put("municipality", jena ? "16053000" : "16051000");
        request.put("data", data);
        request.put("attachments", List.of(Map.of("evidence", "zulassungsbescheinigung", "fileName", "Fahrzeugschein.pdf",
                "contentBase64", Base64.getEncoder().encodeToString(pdf()))));
        Response response = postJson("/api/v1/applications", request);
        if (response.status() != 201) {
            throw new AssertionError("Submission failed: " + response.status() + " " + response.text());
        }
        return response.json();
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
