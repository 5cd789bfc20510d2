package de.thueringen.antrag.portal;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import de.thueringen.antrag.intake.IntakeProperties;
import de.thueringen.antrag.web.CitizenLimits;

/** The portal's web plumbing: rate limits for anonymous clients, upload limits (CSRF: security.WebSecurity). */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

    /** Citizens come in at the root; clerks go to /camunda/app/ (linked from the portal's footer). */
    @Override
    public void addViewControllers(org.springframework.web.servlet.config.annotation.ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/portal");
    }

    /** Before anything reads a body; after the path check and the login throttle (order +10). */
    @Bean
    FilterRegistrationBean<CitizenRateLimitFilter> citizenRateLimitFilter(PortalProperties properties, CitizenLimits limits) {
        FilterRegistrationBean<CitizenRateLimitFilter> registration =
                new FilterRegistrationBean<>(new CitizenRateLimitFilter(properties.failedLookupsPerMinute(), limits));
        registration.setName("citizen-rate-limits");
        registration.addUrlPatterns("/portal/*", "/api/v1/tracking/*", "/api/v1/applications");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * Multipart limits for the portal's upload forms: a file may be as large as intake allows one piece of evidence,
     * a whole form post as large as the portal allows (Spring Boot's defaults of 1 MB / 10 MB would refuse scans).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(IntakeProperties intake, PortalProperties portal) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        // a little headroom, so that the intake's own check answers with its German message about the limit
        factory.setMaxFileSize(DataSize.ofBytes(intake.maxFileSize().toBytes() + DataSize.ofMegabytes(1).toBytes()));
        factory.setMaxRequestSize(portal.maxRequestSize());
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }
}
