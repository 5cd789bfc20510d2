package de.thueringen.antrag.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * CSRF protection for the portal's forms without Spring Security: a signed double-submit token. The browser holds
 * a random value in a cookie (HttpOnly, SameSite=Lax); every form carries the HMAC of that value under the
 * server's key in the hidden field {@value #FIELD}. A request from another site can neither read the cookie nor
 * compute the field, and a cookie planted from elsewhere is useless without the server's key.
 */
@Component
class CsrfProtection {

    static final String COOKIE = "portal-csrf";
    static final String FIELD = "_csrf";
    private static final String ATTRIBUTE = CsrfProtection.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final boolean secureCookie;

    CsrfProtection(PortalProperties properties, @Value("${antrag.security.secure-cookies:true}") boolean secureCookie) {
        this.key = properties.secret() == null || properties.secret().isBlank()
                ? randomBytes(32) : properties.secret().getBytes(StandardCharsets.UTF_8);
        this.secureCookie = secureCookie;
    }

    /** The token for the forms of the page being rendered; sets the cookie if the browser has none yet. */
    String tokenFor(HttpServletRequest request, HttpServletResponse response) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof String token) {
            return token;
        }
        String secret = cookieValue(request);
        if (secret == null) {
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
            response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, secret).path("/portal").httpOnly(true)
                    .secure(secureCookie).sameSite("Lax").build().toString());
        }
        String token = sign(secret);
        request.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** True if the form post carries the token that belongs to the browser's cookie and is not cross-site. */
    boolean verify(HttpServletRequest request) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return false;
        }
        String secret = cookieValue(request);
        String field = request.getParameter(FIELD);
        if (secret == null || field == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret).getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.US_ASCII));
    }

    private static String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
                return cookie.getValue();
            }
        }
        return null;
    }

    String sign(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
