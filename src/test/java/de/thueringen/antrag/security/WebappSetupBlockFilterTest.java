package de.thueringen.antrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WebappSetupBlockFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/camunda/api/admin/setup/default/user/create",
            "/camunda/api/admin/setup/other-engine/user/create",
            "/camunda/api/admin/setup",
            "/camunda/api/admin/setup/",
            "/camunda//api///admin//setup/default/user/create",
            "/camunda/api/admin/./setup/default/user/create",
            "/camunda/api/admin/setup;jsessionid=abc/default/user/create",
            "/camunda/api;x=1/admin;y=2/setup;z=3/default/user/create",
            "/camunda/api/admin/%73etup/default/user/create",
            "/camunda/api/admin%2Fsetup/default/user/create",
            "/camunda/api/admin/%2573etup/default/user/create",
            "/camunda/API/Admin/SETUP/default/user/create",
            "/camunda\\api\\admin\\setup\\default\\user\\create",
            "/elsewhere/api/admin/setup/default/user/create"})
    void recognisesEverySpellingOfTheSetupEndpoint(String path) {
        assertThat(WebappSetupBlockFilter.isSetupPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/camunda/api/admin/auth/user/default", "/camunda/app/admin/default/",
            "/camunda/api/admin/plugin/adminPlugins/default", "/portal/setup", "/api/v1/applications", "/"})
    void letsTheOtherWebappPathsThrough(String path) {
        assertThat(WebappSetupBlockFilter.isSetupPath(path)).isFalse();
    }

    @Test
    void answers403WithoutReachingTheWebapp() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/admin/setup/default/user/create");
        request.setServletPath("/camunda/api/admin");
        request.setPathInfo("/setup/default/user/create");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new WebappSetupBlockFilter().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(chain.getRequest()).as("the request went on to the webapp").isNull();
    }
}
