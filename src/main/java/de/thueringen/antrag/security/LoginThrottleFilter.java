package de.thueringen.antrag.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import de.thueringen.antrag.web.FilterResponses;
import de.thueringen.antrag.web.TooManyRequestsException;

/**
 * Puts every password check of the application behind the {@link LoginThrottle}: HTTP Basic credentials on any path
 * (the engine REST API, and our staff endpoints, where Spring Security checks them) and the Camunda webapps' login
 * form. A throttled attempt is answered 429 before the password is looked at; an attempt whose answer is 401 counts as
 * failed, any other answer as a successful login.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleFilter.class);
    /** The webapps' login: {@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, form-encoded. */
    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
    /** A login form is a user name and a password; anything longer is not one. */
    private static final int MAX_LOGIN_FORM_BYTES = 8 * 1024;

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forward = request;
        Optional<String> account = basicUser(request.getHeader("Authorization"));
        boolean login = account.isPresent();
        if (!login && "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(request.getRequestURI()).matches()) {
            byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_FORM_BYTES + 1);
            if (body.length > MAX_LOGIN_FORM_BYTES) {
                FilterResponses.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "REQUEST_TOO_LARGE",
                        "Anfrage zu groß", "Die Anmeldung ist zu groß. Bitte geben Sie nur Benutzername und Passwort an.");
                return;
            }
            account = formField(body, "username");
            forward = new ReplayedBody(request, body);
            login = true;
        }
        if (!login) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        String user = account.orElse(null);
        Optional<Duration> wait = throttle.refusal(client, user);
        if (wait.isPresent()) {
            LOG.warn("Login attempt refused by the throttle (too many failed logins from this address or for this account)");
            FilterResponses.tooManyRequests(request, response, new TooManyRequestsException("LOGIN_THROTTLED",
                    "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es " + TooManyRequestsException.germanWait(wait.get())
                            + " noch einmal. Das Konto ist nicht gesperrt.", wait.get()));
            return;
        }
        chain.doFilter(forward, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(client, user);
        } else if (response.getStatus() < 400) {
            throttle.succeeded(client, user);
        }
    }

    static Optional<String> basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            // a header without a user name still is a login attempt: count it against the address
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.of("");
        }
    }

    static Optional<String> formField(byte[] body, String name) {
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            try {
                if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                    return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The login form's body, read here for the user name, handed on unchanged to the webapps' login resource. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
