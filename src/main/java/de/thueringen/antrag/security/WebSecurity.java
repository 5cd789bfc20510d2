package de.thueringen.antrag.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security for the application's own endpoints, one chain per kind of caller, tried in this order:
 * <ol>
 * <li>Camunda's paths ({@code /camunda/**}, {@code /engine-rest/**}): left to Camunda. Its webapp filters (login,
 * CSRF, session) and the engine REST API's Basic filter (EngineRestSecurityConfiguration) decide there; this chain
 * adds nothing, stores nothing and creates no session.</li>
 * <li>Payment provider callbacks: no login and no CSRF token; each call is HMAC-signed and checked by the payment
 * module.</li>
 * <li>Staff endpoints (case file, clerk API, statistics, reports): a Camunda user, either logged into the webapps in
 * this browser session or with HTTP Basic checked against Camunda's identity service. Which authority's data they may
 * see decides {@link AuthorityMembership} in the controllers.</li>
 * <li>Everything else (portal, public APIs, static files): open, with Spring Security's CSRF token for forms.</li>
 * </ol>
 * CSRF: every form of ours (portal, the case file's note form) carries Spring Security's token; Thymeleaf adds the
 * hidden field {@code _csrf} to each {@code th:action} form. The token lives in a cookie ({@value #CSRF_COOKIE}),
 * not in a session, so citizens get no session. Exempt are requests no browser credential speaks for: the JSON APIs
 * {@code POST /api/v1/applications} (anonymous submission) and {@code /api/v1/tracking/**} (the tracking token in
 * the path is the credential, and whoever knows it can call the API directly anyway), and the payment simulator's
 * page, which stands for the provider's own site and checks its own token bound to the payment. The staff JSON API
 * is called with the Tasklist cookie or Basic credentials; it is protected by {@link ScriptedRequestFilter}
 * instead, because its callers (Tasklist plugin, API clients) have no page to take a token from.
 * <p>
 * Our servlet filters that must see every request first (setup block, canonical paths, login throttle, no-store,
 * citizen rate limits, security headers) are ordered before Spring Security's filter (order -100).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String[] CAMUNDA_PATHS = {"/camunda/**", "/engine-rest/**"};
    static final String[] CALLBACK_PATHS = {"/api/v1/payments/callback", "/api/v1/payments/callback/**"};
    static final String[] CSRF_EXEMPT_PUBLIC_PATHS = {"/api/v1/applications", "/api/v1/tracking/**", "/epayment/**"};
    static final String CSRF_COOKIE = "antrag-csrf";
    static final String CSRF_HEADER = "X-Antrag-CSRF";
    static final String[] STAFF_PATHS = {"/akte/**", "/api/v1/cases/**", "/api/v1/clerk/**", "/api/v1/statistics/**",
            "/statistik", "/api/v1/reports/**"};

    private static final SecurityRefusals REFUSALS = new SecurityRefusals();

    /** Also keeps Spring Boot from creating its default in-memory user: the only accounts are Camunda's. */
    @Bean
    CamundaPasswordAuthenticationProvider camundaPasswordAuthenticationProvider(IdentityService identityService,
                                                                                AuthorityMembership membership) {
        return new CamundaPasswordAuthenticationProvider(identityService, membership);
    }

    /**
     * One token cookie for portal and case file: HttpOnly (only the server reads it; the forms carry the token as a
     * field), SameSite=Lax, Secure unless switched off for local development over HTTP. With Secure the name gets the
     * prefix {@code __Host-}: browsers then accept the cookie only from this host, over HTTPS and for path /, so a
     * neighbouring subdomain cannot plant a token of its own choosing. The header name is our own, because the
     * Camunda webapps' scripts send theirs ({@code X-XSRF-TOKEN}, Spring's default) with a different token.
     */
    @Bean
    CsrfTokenRepository csrfTokenRepository(@Value("${antrag.security.secure-cookies:true}") boolean secureCookies) {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieName(csrfCookieName(secureCookies));
        repository.setHeaderName(CSRF_HEADER);
        repository.setCookiePath("/");
        repository.setCookieCustomizer(cookie -> cookie.httpOnly(true).secure(secureCookies).sameSite("Lax"));
        return repository;
    }

    static String csrfCookieName(boolean secureCookies) {
        return secureCookies ? "__Host-" + CSRF_COOKIE : CSRF_COOKIE;
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
        return untouched(http.securityMatcher(paths(CAMUNDA_PATHS))).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain paymentCallbackChain(HttpSecurity http) throws Exception {
        return untouched(http.securityMatcher(paths(CALLBACK_PATHS))).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain staffChain(HttpSecurity http, AuthorityMembership membership, CsrfTokenRepository csrfTokens)
            throws Exception {
        http.securityMatcher(paths(STAFF_PATHS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new ScriptedRequestFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new WebappSessionAuthenticationFilter(membership), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(REFUSALS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(REFUSALS).accessDeniedHandler(REFUSALS))
                // The login lives in Camunda's session or in each request's Basic header; nothing of ours is stored,
                // and no session strategy runs: it would change the webapps' session id and the CSRF token on every
                // request, as if each were a new login, and log Tasklist out of its requests in flight.
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(paths("/api/**")))
                .headers(headers -> headers.disable())
                .logout(logout -> logout.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain publicChain(HttpSecurity http, CsrfTokenRepository csrfTokens) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(REFUSALS).accessDeniedHandler(REFUSALS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers(paths(CSRF_EXEMPT_PUBLIC_PATHS)))
                .headers(headers -> headers.disable())
                .logout(logout -> logout.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        return http.build();
    }

    /** A chain that lets every request through as it came: no authentication, CSRF, headers, session or cache. */
    private static HttpSecurity untouched(HttpSecurity http) throws Exception {
        // no authorization rule either: without one, Spring Security adds no check that could refuse a request
        return http.csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
    }

    static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = new RequestMatcher[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            matchers[i] = builder.matcher(patterns[i]);
        }
        return new OrRequestMatcher(matchers);
    }
}
