package de.thueringen.antrag.payment.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class HostedPageFormatsTest {

    @Test
    void showsAmountsTheGermanWay() {
        assertThat(HostedPageController.euro(new BigDecimal("100"), "EUR")).isEqualTo("100,00 €");
        assertThat(HostedPageController.euro(new BigDecimal("30.7"), "EUR")).isEqualTo("30,70 €");
        assertThat(HostedPageController.euro(new BigDecimal("1234567.891"), "EUR")).isEqualTo("1.234.567,89 €");
        assertThat(HostedPageController.euro(new BigDecimal("0.5"), "CHF")).isEqualTo("0,50 CHF");
    }

    @Test
    void acceptsOnlyItsOwnPaymentIdsInLinks() {
        assertThat(EpayblSimulator.looksLikeId("EPB-ABCDEFGHJKLMNPQRSTUV")).isTrue();
        assertThat(EpayblSimulator.looksLikeId("EPB-abc")).isFalse();
        assertThat(EpayblSimulator.looksLikeId("../../etc/passwd")).isFalse();
        assertThat(EpayblSimulator.looksLikeId(null)).isFalse();
    }
}
