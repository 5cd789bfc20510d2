package de.thueringen.antrag.payment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/**
 * All payment providers of this installation by name. New payments go to the configured one
 * ({@code antrag.payment.provider}); a payment created earlier stays with the provider it was created at, even after
 * the configuration changed.
 */
@Component
public class PaymentProviders {

    private final Map<String, PaymentProvider> byName = new TreeMap<>();
    private final PaymentProvider active;

    PaymentProviders(List<PaymentProvider> providers, PaymentProperties properties) {
        for (PaymentProvider provider : providers) {
            if (byName.put(provider.name(), provider) != null) {
                throw new IllegalStateException("Two payment providers are called " + provider.name());
            }
        }
        this.active = byName.get(properties.provider());
        if (active == null) {
            throw new IllegalStateException("antrag.payment.provider=" + properties.provider()
                    + " is not an available payment provider; available: " + byName.keySet());
        }
    }

    /** The provider new payments are created with. */
    public PaymentProvider active() {
        return active;
    }

    public Optional<PaymentProvider> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }
}
