package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anonymous flooding is not free: a stream of applications from one client address is answered 429 with
 * {@code Retry-After} long before it ends, while a citizen at another address goes on submitting. (Gotha, so that
 * the flood's cases stay out of the task lists other tests read.)
 */
@H2ApplicationTest
class CitizenFloodIT {

    @LocalServerPort
    int port;

    @Test
    void hundredTwentyApplicationsFromOneAddressAreStoppedWhileAnotherAddressStillSubmits() {
        HttpApi flood = new HttpApi(port).from("198.51.100.71");
        int accepted = 0;
        HttpApi.Response refused = null;
        for (int i = 0; i < 120 && refused == null; i++) {
            HttpApi.Response response = flood.postJson("/api/v1/applications", application("Flut" + i, "flut" + i + "@example.org"));
            if (response.status() == 429) {
                refused = response;
            } else {
                assertThat(response.status()).as(response.text()).isEqualTo(201);
                accepted++;
            }
        }

        assertThat(refused).as("a 429 before the 120th application").isNotNull();
        assertThat(accepted).isLessThan(120);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.json().get("error").asText()).isEqualTo("TOO_MANY_SUBMISSIONS");
        assertThat(refused.json().get("message").asText()).contains("zu viele Anträge");

        HttpApi.Response elsewhere = new HttpApi(port).from("198.51.100.72")
                .postJson("/api/v1/applications", application("Anderswo", "anderswo@example.org"));
        assertThat(elsewhere.status()).as(elsewhere.text()).isEqualTo(201);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> application(String lastName, String email) {
        Map<String, Object> application = TestData.parkingPermit("16067029", "99867", "Gotha", "Fritz", lastName);
        ((Map<String, Object>) application.get("data")).put("email", email);
        return application;
    }
}
