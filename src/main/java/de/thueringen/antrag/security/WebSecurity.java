package de.thueringen.antrag.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
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
 * Our servlet filters that must see every request first (setup block, canonical paths, login throttle, no-store,
 * citizen rate limits, security headers) are ordered before Spring Security's filter (order -100).
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String[] CAMUNDA_PATHS = {"/camunda/**", "/engine-rest/**"};
    static final String[] CALLBACK_PATHS = {"/api/v1/payments/callback", "/api/v1/payments/callback/**"};
    static final String[] STAFF_PATHS = {"/akte/**", "/api/v1/cases/**", "/api/v1/clerk/**", "/api/v1/statistics/**",
            "/statistik", "/api/v1/reports/**"};

    private static final SecurityRefusals REFUSALS = new SecurityRefusals();

    /** Also keeps Spring Boot from creating its default in-memory user: the only accounts are Camunda's. */
    @Bean
    CamundaPasswordAuthenticationProvider camundaPasswordAuthenticationProvider(IdentityService identityService,
                                                                                AuthorityMembership membership) {
        return new CamundaPasswordAuthenticationProvider(identityService, membership);
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
    SecurityFilterChain staffChain(HttpSecurity http, AuthorityMembership membership) throws Exception {
        http.securityMatcher(paths(STAFF_PATHS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new ScriptedRequestFilter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new WebappSessionAuthenticationFilter(membership), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(REFUSALS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(REFUSALS).accessDeniedHandler(REFUSALS))
                // the login lives in Camunda's session or in each request's Basic header; nothing of ours is stored
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .logout(logout -> logout.disable())
                .formLogin(form -> form.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(REFUSALS).accessDeniedHandler(REFUSALS))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
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
        return new org.springframework.security.web.util.matcher.OrRequestMatcher(matchers);
    }
}
