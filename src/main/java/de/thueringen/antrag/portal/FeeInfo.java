package de.thueringen.antrag.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.payment.FeeTables;

/**
 * What a service costs, in the words a citizen reads. Where the service has a fee table ({@code fee-<ozgId>} DMN,
 * evaluated with the municipality's AGS) the amount is named; otherwise the fee follows the local statute.
 */
@Component
class FeeInfo {

    private static final Logger LOG = LoggerFactory.getLogger(FeeInfo.class);
    static final String BY_STATUTE = "Gebühr nach örtlicher Satzung";

    private final FeeTables feeTables;

    FeeInfo(FeeTables feeTables) {
        this.feeTables = feeTables;
    }

    record Fee(String text, String legalBasis, boolean dependsOnPlace) {
    }

    Fee describe(String serviceId, String ags) {
        if (!feeTables.exists(serviceId)) {
            return new Fee(BY_STATUTE, null, false);
        }
        if (ags == null) {
            return new Fee("Die Gebühr hängt von Ihrer Gemeinde ab. Geben Sie unten Ihren Wohnort an, dann nennen wir den Betrag.",
                    null, true);
        }
        try {
            Optional<FeeTables.Fee> fee = feeTables.evaluate(serviceId, Map.of("ags", ags, "serviceId", serviceId));
            return fee.map(f -> new Fee("Gebühr: " + euro(f.amount()), f.legalBasis(), false))
                    .orElseGet(() -> new Fee(BY_STATUTE, null, false));
        } catch (RuntimeException e) {
            LOG.warn("Fee table of service {} could not be evaluated for {}: {}", serviceId, ags, e.getMessage());
            return new Fee(BY_STATUTE, null, false);
        }
    }

    static String euro(Number amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        return format.format(new BigDecimal(amount.toString()));
    }
}
