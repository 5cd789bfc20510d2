package de.thueringen.antrag.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.thueringen.antrag.it.H2ApplicationTest;

/**
 * The portal in headless Chromium (src/test/browser/portal.e2e.js): search, place, form, upload, draft, submit,
 * tracking, clerk, payment, notice, keyboard-only submission, 360 px, axe-core on every page. Needs Debian's
 * chromium and the node modules that Maven's npm ci installs in src/main/frontend; it fails, never skips, without them.
 */
@H2ApplicationTest
class PortalBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void citizenFindsAppliesFollowsPaysAndDownloadsInTheBrowser() throws Exception {
        Path script = Path.of("src", "test", "browser", "portal.e2e.js");
        assertThat(script).exists();
        assertThat(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .as("Chromium for the browser tests (apt-get install -y chromium, see .ci/run)").exists();
        assertThat(Path.of("src", "main", "frontend", "node_modules", "playwright-core"))
                .as("playwright-core, installed by npm ci in src/main/frontend (mvn generate-resources)").exists();
        Path log = Files.createTempFile("portal-browser", ".log");
        Process node = new ProcessBuilder("node", script.toString(), "http://localhost:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = node.waitFor(12, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertThat(finished).as("browser tests finished in time").isTrue();
        assertThat(node.exitValue()).as("browser tests (output above)\n" + output).isZero();
        new File(log.toString()).delete();
    }
}
