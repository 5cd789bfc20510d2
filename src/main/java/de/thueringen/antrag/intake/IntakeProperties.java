package de.thueringen.antrag.intake;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for what a citizen may upload with an application.
 *
 * @param allowedContentTypes types as detected from the content (not from the name the citizen gave)
 */
@ConfigurationProperties("antrag.intake")
public record IntakeProperties(@DefaultValue("10MB") DataSize maxFileSize,
                               @DefaultValue("25MB") DataSize maxTotalSize,
                               @DefaultValue("10") int maxFiles,
                               @DefaultValue({"application/pdf", "image/png", "image/jpeg"}) List<String> allowedContentTypes) {
}
