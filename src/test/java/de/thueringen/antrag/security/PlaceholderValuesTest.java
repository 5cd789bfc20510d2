package de.thueringen.antrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderValuesTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "change-me", "Change-Me-Too", "change_me_to_at_least_32_random_characters", "changeme",
            "CHANGEME", "secret", "Secret!", "password", "admin", "${ANTRAG_ADMIN_PASSWORD}",
            "demo-epayment-simulator-secret-not-for-production"})
    void refusesStandInsThatEveryReaderOfTheTemplateKnows(String value) {
        assertThat(PlaceholderValues.isPlaceholder(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"q8Vt-3xWm_Lp9Rz2Kc7Hn4Yb", "Kassenwart-Sonnenblume-47", "secretariat-2026-xq8v"})
    void acceptsValuesOfTheirOwn(String value) {
        assertThat(PlaceholderValues.isPlaceholder(value)).isFalse();
    }
}
