package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * In the demo, too, a client cannot choose the host of the links it gets back: Tomcat trusts X-Forwarded-Host from
 * loopback (where a proxy would sit), and still the tracking URL is the demo's own address. The production start is
 * covered by ProductionStartProductionIT.
 */
@H2ApplicationTest
class ForwardedHostIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void trackingUrlIgnoresTheForwardedHost() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/applications"))
                .header("X-Forwarded-Host", "evil.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(TestData.parkingPermitJena("Weitergeleitet"))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("trackingUrl").asText())
                .startsWith("http://localhost:" + port + "/api/v1/tracking/");
    }
}
