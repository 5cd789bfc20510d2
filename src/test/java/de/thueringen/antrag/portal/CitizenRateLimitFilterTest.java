package de.thueringen.antrag.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import de.thueringen.antrag.web.CitizenLimits;
import de.thueringen.antrag.web.RateLimit;

/** Which request uses up which of a client address's budgets, and what the citizen gets when one is used up. */
class CitizenRateLimitFilterTest {

    private static final RateLimit TWO = new RateLimit(2, Duration.ofHours(1));
    private final CitizenRateLimitFilter filter = new CitizenRateLimitFilter(30,
            new CitizenLimits(TWO, TWO, TWO, TWO, TWO));

    @Test
    void applicationsThroughApiAndPortalShareOneBudgetPerAddress() throws Exception {
        assertThat(post("/api/v1/applications", "203.0.113.1", null).getStatus()).isEqualTo(200);
        assertThat(post("/portal/antrag/10173/senden", "203.0.113.1", null).getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = post("/api/v1/applications", "203.0.113.1", null);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).matches("\\d+");
        assertThat(refused.getContentAsString()).contains("TOO_MANY_SUBMISSIONS", "zu viele Anträge");
        assertThat(post("/api/v1/applications", "203.0.113.2", null).getStatus()).isEqualTo(200);
    }

    @Test
    void draftsAndUploadsHaveBudgetsOfTheirOwnAndPortalPagesInGerman() throws Exception {
        for (int i = 0; i < 2; i++) {
            assertThat(post("/portal/antrag/10173/senden", "203.0.113.3", "entwurf").getStatus()).isEqualTo(200);
            assertThat(post("/portal/vorgang/abc/unterlagen", "203.0.113.3", null).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse draft = post("/portal/antrag/10173/senden", "203.0.113.3", "entwurf");
        assertThat(draft.getStatus()).isEqualTo(429);
        assertThat(draft.getContentType()).startsWith("text/html");
        assertThat(draft.getContentAsString()).contains("zu viele Entwürfe", "TOO_MANY_DRAFTS");
        assertThat(post("/portal/vorgang/abc/unterlagen", "203.0.113.3", null).getContentAsString()).contains("TOO_MANY_UPLOADS");
        assertThat(post("/portal/antrag/10173/senden", "203.0.113.3", null).getStatus()).as("submitting still works").isEqualTo(200);
    }

    @Test
    void readingOnesOwnCaseCostsNothingGuessingTokensDoes() throws Exception {
        for (int i = 0; i < 40; i++) {
            assertThat(get("/portal/vorgang/mine", "203.0.113.4", 200).getStatus()).isEqualTo(200);
        }
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            refused += get("/portal/vorgang/guess" + i, "203.0.113.5", 404).getStatus() == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(10);
    }

    private MockHttpServletResponse post(String uri, String client, String action) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        request.setRemoteAddr(client);
        if (action != null) {
            request.setParameter("aktion", action);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private MockHttpServletResponse get(String uri, String client, int answer) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(answer));
        return response;
    }
}
