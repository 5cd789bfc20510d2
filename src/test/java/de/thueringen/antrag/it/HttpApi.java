package de.thueringen.antrag.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the integration tests: talks to the running application like a real client would. */
final class HttpApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS = new java.util.concurrent.atomic.AtomicInteger();

    record Response(int status, byte[] body, HttpResponse<byte[]> raw) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + text(), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final HttpClient client;
    private String authorization;
    private String clientAddress;

    /**
     * A client of its own: every new client comes from an address of its own (198.18.0.0/15, the range set aside for
     * tests, sent as {@code X-Forwarded-For}), as different citizens would. All test classes share one application,
     * and its per-address limits would otherwise count the whole suite as one flooding citizen.
     */
    HttpApi(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        int n = NEXT_ADDRESS.getAndIncrement();
        this.clientAddress = "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    /** The same client, authenticated with HTTP Basic as the given Camunda user. */
    HttpApi as(String user, String password) {
        HttpApi other = new HttpApi(base, client);
        other.clientAddress = clientAddress;
        other.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return other;
    }

    /**
     * The same client, seen by the application as coming from another address ({@code X-Forwarded-For}, honoured
     * from loopback): tests of per-address limits use addresses of their own so they do not throttle each other.
     */
    HttpApi from(String address) {
        HttpApi other = new HttpApi(base, client);
        other.authorization = authorization;
        other.clientAddress = address;
        return other;
    }

    private HttpApi(String base, HttpClient client) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    Response get(String path) {
        return send(builder(path).GET());
    }

    Response postJson(String path, Object body) {
        try {
            String json = body instanceof String s ? s : JSON.writeValueAsString(body);
            return send(builder(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    Response post(String path, String contentType, byte[] body) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response putJson(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete(String path) {
        return send(builder(path).DELETE());
    }

    /** Any request; {@code headers} are name, value pairs (e.g. the clerks' API's scripted-request header). */
    Response send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = builder(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (clientAddress != null) {
            builder.header("X-Forwarded-For", clientAddress);
        }
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
}
