package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class GermanFormatsTest {

    @Test
    void formatsEuroAmountsTheGermanWay() {
        assertThat(GermanFormats.euro(new BigDecimal("100"))).isEqualTo("100,00 €");
        assertThat(GermanFormats.euro(new BigDecimal("1234567.891"))).isEqualTo("1.234.567,89 €");
        assertThat(GermanFormats.euro(new BigDecimal("0.005"))).isEqualTo("0,01 €");
        assertThat(GermanFormats.euro(new BigDecimal("-10.2"))).isEqualTo("-10,20 €");
        assertThat(GermanFormats.euro(null)).isEqualTo("–");
    }

    @Test
    void formatsDatesAsDayMonthYear() {
        assertThat(GermanFormats.date(LocalDate.of(2026, 1, 9))).isEqualTo("09.01.2026");
        assertThat(GermanFormats.date(null)).isEmpty();
    }
}
