package de.thueringen.antrag.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A clerk logged into the Camunda webapps (Tasklist) the way the browser does it: session cookie and CSRF token. */
final class WebappSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private String csrfToken;
    private String clientAddress;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /**
     * One try at the login form from the given client address ({@code X-Forwarded-For}), as the browser sends it.
     *
     * @return the login answer (200, 401, or 429 when the login throttle holds the address or account back)
     */
    static HttpResponse<String> attemptLogin(int port, String app, String user, String password, String clientAddress) {
        WebappSession session = new WebappSession(port);
        session.clientAddress = clientAddress;
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/" + app + "/default/")).GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.currentCsrfCookie())
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static WebappSession loginToTasklist(int port, String user, String password) {
        return loginTo(port, "tasklist", user, password);
    }

    /** Logs into one of the webapps (tasklist, cockpit, admin) as the browser does. */
    static WebappSession loginTo(int port, String app, String user, String password) {
        WebappSession session = new WebappSession(port);
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/" + app + "/default/")).GET());
        session.csrfToken = session.currentCsrfCookie();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(
                        URI.create(session.base + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 200) {
            throw new AssertionError("Login of " + user + " failed: " + login.statusCode() + " " + login.body());
        }
        // the login starts a new session (against session fixation); its CSRF token comes with the next request
        HttpResponse<String> profile = session.send(HttpRequest.newBuilder(
                URI.create(session.base + "/camunda/api/admin/auth/user/default")).GET());
        session.csrfToken = profile.headers().firstValue("X-XSRF-TOKEN").orElseGet(session::currentCsrfCookie);
        return session;
    }

    private String currentCsrfCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("Tasklist did not hand out a CSRF token"));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", csrfToken).GET());
    }

    HttpResponse<String> postJson(String path, String json, boolean withCsrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        return send(request);
    }

    /** A changing call as Tasklist makes it (JSON body or none, with the CSRF token). */
    HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", csrfToken)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
