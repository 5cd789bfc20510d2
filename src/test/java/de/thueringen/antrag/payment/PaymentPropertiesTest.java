package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PaymentPropertiesTest {

    @Test
    void theBuiltInPlatformRefusesToStartWithoutASecret() {
        assertThatThrownBy(() -> new PaymentProperties.Simulator(true, null, Duration.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("antrag.payment.simulator.secret")
                .hasMessageContaining("ANTRAG_PAYMENT_SIMULATOR_SECRET");
        assertThatThrownBy(() -> new PaymentProperties.Simulator(true, "   ", Duration.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBuiltInPlatformRefusesAShortSecret() {
        assertThatThrownBy(() -> new PaymentProperties.Simulator(true, "kurz", Duration.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32");
    }

    @Test
    void noSecretIsNeededWhenTheBuiltInPlatformIsSwitchedOff() {
        assertThat(new PaymentProperties.Simulator(false, null, Duration.ofSeconds(10)).enabled()).isFalse();
    }
}
