package de.thueringen.antrag.workflow;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param designerFolders where {@code processes/} and {@code forms/} are looked for first (the working
 *                           directory by default, which is the project root when run with Maven)
 */
@ConfigurationProperties("antrag.workflow")
public record WorkflowProperties(@DefaultValue(".") String designerFolders) {

    /** Kept as text in the binding: Spring would resolve "." as a resource, not as the working directory. */
    public Path designerFolderRoot() {
        return Path.of(designerFolders);
    }
}
