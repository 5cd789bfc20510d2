package de.thueringen.antrag.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.thueringen.antrag.it.H2ApplicationTest;

/**
 * The clerk's Tasklist in headless Chromium (src/test/browser/tasklist.e2e.js): German Tasklist for an English
 * browser, the Jena filters and only Jena cases, a task's form with the case, the "Akte" tab with a working document
 * download and an internal note, the case file page and the statistics page without axe-core violations, German
 * Cockpit. Needs Debian's chromium and the node modules that Maven's npm ci installs in src/main/frontend; it fails,
 * never skips, without them.
 */
@H2ApplicationTest
class TasklistBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void jenaClerkWorksInTheGermanTasklistWithTheCaseFileAtHand() throws Exception {
        Path script = Path.of("src", "test", "browser", "tasklist.e2e.js");
        assertThat(script).exists();
        assertThat(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .as("Chromium for the browser tests (apt-get install -y chromium, see .ci/run)").exists();
        assertThat(Path.of("src", "main", "frontend", "node_modules", "playwright-core"))
                .as("playwright-core, installed by npm ci in src/main/frontend (mvn generate-resources)").exists();
        Path log = Files.createTempFile("tasklist-browser", ".log");
        try {
            Process node = new ProcessBuilder("node", script.toString(), "http://localhost:" + port)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = node.waitFor(8, TimeUnit.MINUTES);
            if (!finished) {
                node.destroyForcibly();
            }
            String output = Files.readString(log);
            System.out.println(output);
            assertThat(finished).as("browser test finished in time").isTrue();
            assertThat(node.exitValue()).as("browser test (output above)\n" + output).isZero();
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
