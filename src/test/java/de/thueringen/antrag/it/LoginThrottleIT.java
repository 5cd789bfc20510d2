package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Guessing passwords is throttled per client address and per account, and never locks the real clerk out: no
 * matter how often a stranger fails, she logs in with her password from her own address, and the stranger's
 * address may try again after the window. (Limits of the test run: src/test/resources/config/application.yml.)
 */
@H2ApplicationTest
class LoginThrottleIT {

    private static final String TASKS = "/engine-rest/task?maxResults=1";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void twelveWrongBasicLoginsThrottleTheAddressButTheClerkStillLogsIn() throws InterruptedException {
        HttpApi attacker = new HttpApi(port).from("198.51.100.31");
        HttpApi.Response last = null;
        for (int i = 0; i < 12; i++) {
            last = attacker.as("erfurt.sb", "Geraten-" + i + "!").get(TASKS);
            assertThat(last.status()).as("attempt " + i).isIn(401, 429);
        }
        HttpApi.Response throttled = attacker.as("erfurt.sb", "Geraten-13!").get(TASKS);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("error").asText()).isEqualTo("LOGIN_THROTTLED");
        assertThat(throttled.json().get("message").asText()).contains("Anmeldeversuche", "nicht gesperrt");
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertThat(retryAfter).isPositive();
        // held back before the password is looked at: the right one waits as well, also on our own clerk API
        assertThat(attacker.as("erfurt.sb", "Erfurt-Demo-1").get(TASKS).status()).isEqualTo(429);
        assertThat(attacker.as("erfurt.sb", "Erfurt-Demo-1").get("/api/v1/clerk/absences").status()).isEqualTo(429);

        HttpApi clerk = new HttpApi(port).from("198.51.100.32").as("erfurt.sb", "Erfurt-Demo-1");
        assertThat(clerk.get(TASKS).status()).isEqualTo(200);
        assertThat(clerk.get("/api/v1/clerk/absences").status()).isEqualTo(200);
        assertThat(WebappSession.attemptLogin(port, "tasklist", "erfurt.sb", "Erfurt-Demo-1", "198.51.100.32").statusCode())
                .isEqualTo(200);

        Thread.sleep(retryAfter * 1000 + 300);
        assertThat(attacker.as("erfurt.sb", "Erfurt-Demo-1").get(TASKS).status()).isEqualTo(200);
    }

    @Test
    void theWebappLoginFormIsThrottledLikeBasic() {
        String address = "198.51.100.33";
        int refusedAt = -1;
        for (int i = 0; i < 15 && refusedAt < 0; i++) {
            HttpResponse<String> login = WebappSession.attemptLogin(port, "tasklist", "jena.sb", "Geraten-" + i + "!", address);
            if (login.statusCode() == 429) {
                refusedAt = i;
                assertThat(login.headers().firstValue("Retry-After")).isPresent();
                assertThat(login.body()).contains("LOGIN_THROTTLED");
            } else {
                assertThat(login.statusCode()).as("attempt " + i).isEqualTo(401);
            }
        }
        assertThat(refusedAt).as("failed logins before the throttle").isBetween(3, 12);
        assertThat(WebappSession.attemptLogin(port, "tasklist", "jena.sb", "Jena-Demo-1", "198.51.100.34").statusCode())
                .isEqualTo(200);
    }

    @Test
    void manyAddressesGuessingOneAccountSlowItDownOnlyForStrangers() {
        String userId = "drossel.sb." + System.nanoTime() % 100_000;
        User user = identityService.newUser(userId);
        user.setPassword("Geheim-Test-1");
        user.setFirstName("Dora");
        user.setLastName("Drossel");
        identityService.saveUser(user);
        assertThat(((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getPassword())
                .as("stored as a slow hash").startsWith("{PBKDF2-SHA256}");
        HttpApi office = new HttpApi(port).from("198.51.100.50").as(userId, "Geheim-Test-1");
        assertThat(office.get(TASKS).status()).isEqualTo(200);

        // five addresses, each within its own budget, together over the account's budget (30 in the test run)
        for (int address = 1; address <= 5; address++) {
            HttpApi guesser = new HttpApi(port).from("198.51.100." + (50 + address));
            for (int i = 0; i < 9; i++) {
                guesser.as(userId, "Geraten-" + i + "!").get(TASKS);
            }
        }
        HttpApi.Response stranger = new HttpApi(port).from("198.51.100.60").as(userId, "Geheim-Test-1").get(TASKS);
        assertThat(stranger.status()).isEqualTo(429);
        assertThat(stranger.header("Retry-After")).isNotNull();
        // not a lockout: from the address she logged in from before, the clerk goes on working
        assertThat(office.get(TASKS).status()).isEqualTo(200);
    }
}
