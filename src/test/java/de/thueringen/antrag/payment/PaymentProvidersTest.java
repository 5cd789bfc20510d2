package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class PaymentProvidersTest {

    @Test
    void choosesTheConfiguredProviderForNewPayments() {
        PaymentProviders providers = new PaymentProviders(List.of(new Named("epaybl-simulator"), new Named("other-pay")),
                properties("other-pay"));
        assertThat(providers.active().name()).isEqualTo("other-pay");
        assertThat(providers.find("epaybl-simulator")).isPresent();
        assertThat(providers.find("unknown")).isEmpty();
        assertThat(providers.find(null)).isEmpty();
    }

    @Test
    void refusesToStartWithAnUnknownConfiguredProvider() {
        assertThatThrownBy(() -> new PaymentProviders(List.of(new Named("epaybl-simulator")), properties("paypal-direct")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("paypal-direct").hasMessageContaining("epaybl-simulator");
    }

    @Test
    void refusesTwoProvidersWithTheSameName() {
        assertThatThrownBy(() -> new PaymentProviders(List.of(new Named("a"), new Named("a")), properties("a")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static PaymentProperties properties(String provider) {
        return new PaymentProperties(provider, Duration.ofMinutes(5),
                new PaymentProperties.Reconciliation(false, Duration.ofMinutes(5), Duration.ofMinutes(10), 200),
                new PaymentProperties.Simulator(false, null, Duration.ofSeconds(10)));
    }

    private record Named(String name) implements PaymentProvider {
        @Override
        public ProviderPayment create(PaymentOrder order) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProviderStatus status(String providerPaymentId) {
            return ProviderStatus.of(ProviderStatus.State.UNKNOWN);
        }

        @Override
        public RefundReceipt refund(String providerPaymentId, BigDecimal amount) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProviderNotification verifyCallback(HttpHeaders headers, byte[] body) {
            throw PaymentRejectedException.invalidSignature();
        }
    }
}
