package de.thueringen.antrag.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalPathFilterTest {

    @Test
    void acceptsThePathsOfThePortalTheApiAndTheCamundaWebapps() {
        assertThat(CanonicalPathFilter.isCanonical("/")).isTrue();
        assertThat(CanonicalPathFilter.isCanonical("/portal/vorgang/AbC-_123/eingang")).isTrue();
        assertThat(CanonicalPathFilter.isCanonical("/camunda/app/tasklist/default/")).isTrue();
        assertThat(CanonicalPathFilter.isCanonical("/camunda/api/engine/engine/default/user/erfurt.sb/profile")).isTrue();
        assertThat(CanonicalPathFilter.isCanonical("/portal/formulare/10173.json")).isTrue();
        assertThat(CanonicalPathFilter.isCanonical("/engine-rest/process-definition/ozg-10173%3A3%3Aabc")).isTrue();
    }

    @Test
    void refusesEverySecondSpellingOfAPath() {
        for (String path : new String[] {"/engine-rest;x=y/task", "/engine-rest/task;jsessionid=1", "/engine-rest//task",
                "//engine-rest/task", "/api/v1/cases%2F..", "/api/v1/cases%2f..", "/api%5Cv1", "/api\\v1", "/api/%2e%2e/x",
                "/api/v1/%252e", "/a/./b", "/a/../b", "/a/..", "/a/.", "/api%3Bx/v1", "/a%00", "relative/path", ""}) {
            assertThat(CanonicalPathFilter.isCanonical(path)).as(path).isFalse();
        }
        assertThat(CanonicalPathFilter.isCanonical(null)).isFalse();
    }
}
