package de.thueringen.antrag.payment.simulator;

import java.util.Optional;

/** The ways to pay the platform offers. */
enum PaymentMethod {
    KREDITKARTE("Kreditkarte"),
    PAYPAL("PayPal"),
    GIROPAY("giropay"),
    SEPA_LASTSCHRIFT("SEPA-Lastschrift");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name();
    }

    static Optional<PaymentMethod> parse(String value) {
        for (PaymentMethod method : values()) {
            if (method.name().equals(value)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
