package de.thueringen.antrag.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Filters that must run before all others (but the setup block), including the Camunda webapps' own. */
@Configuration(proxyBeanMethods = false)
class WebFilters {

    @Bean
    FilterRegistrationBean<CanonicalPathFilter> canonicalPathFilter() {
        FilterRegistrationBean<CanonicalPathFilter> registration = new FilterRegistrationBean<>(new CanonicalPathFilter());
        registration.setName("canonical-path");
        registration.addUrlPatterns("/*");
        // right after the block of the webapps' setup page (security.WebappSetupBlockFilter), which answers every
        // spelling of that path with 403 itself; a tie of orders would leave their sequence to chance
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
