package de.thueringen.antrag.payment;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP as citizen, browser on the pay page, payment platform and clerk would use it (no redirects followed, so
 * tests see them). A small copy of the client in the {@code it} package, which is package-private there.
 */
final class PaymentTestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

    record Response(int status, byte[] body, HttpResponse<byte[]> raw) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + text(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** The pay page as the browser got it: where its form posts and the form token. */
    record PayPage(String url, String formAction, String token, String html) {
    }

    final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String authorization;

    PaymentTestClient(int port) {
        this("http://localhost:" + port, null);
    }

    private PaymentTestClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    PaymentTestClient as(String user, String password) {
        return new PaymentTestClient(base, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    Response get(String path) {
        return send(builder(path).GET());
    }

    Response postJson(String path, Object body) {
        try {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    Response postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A provider's callback: raw body, signature header as given (null: none). */
    Response callback(String path, byte[] body, String signature) {
        HttpRequest.Builder request = builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header(CallbackSignature.HEADER, signature);
        }
        return send(request);
    }

    /** Opens the pay page the citizen was sent to. */
    PayPage openPayPage(String redirectUrl) {
        Response page = get(redirectUrl);
        if (page.status() != 200) {
            throw new AssertionError("Pay page answered " + page.status() + ": " + page.text());
        }
        String html = page.text();
        return new PayPage(redirectUrl, match(ACTION, html), match(TOKEN, html), html);
    }

    /** Chooses a method and presses "Jetzt bezahlen", as the browser submits the form. */
    Response payOn(PayPage page, String method) {
        return postForm(page.formAction(), Map.of("token", page.token(), "method", method, "action", "bezahlen"));
    }

    private static String match(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("Pay page lacks " + pattern + ": " + html);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** Sends; when the portal's rate limit for secret links answers 429, waits for its bucket to refill. */
    private Response send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            for (int attempt = 0; response.statusCode() == 429 && attempt < 120; attempt++) {
                Thread.sleep(1000);
                response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            }
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
