package de.thueringen.antrag.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code antrag.payment.*}.
 *
 * <p>How providers reach this application, {@code antrag.payment.callback-base-url}, is read by
 * {@link de.thueringen.antrag.web.PublicAddresses}.
 *
 * @param provider        the provider new payments are created with (name of a {@link PaymentProvider}); by default
 *                        {@value BankTransfer#NAME}: no online payment, the cash office books the transfer
 * @param callbackMaxAge  callbacks with an older (or that much future) timestamp are refused as replays
 */
@ConfigurationProperties("antrag.payment")
public record PaymentProperties(@DefaultValue(BankTransfer.NAME) String provider,
                                @DefaultValue("PT5M") Duration callbackMaxAge,
                                @DefaultValue Reconciliation reconciliation,
                                @DefaultValue Simulator simulator) {

    /**
     * The job that asks providers about open payments whose callback never came.
     *
     * @param enabled  run it on a schedule (the method can always be called directly)
     * @param interval pause between two runs
     * @param minAge   only checkouts older than this; younger ones may still get their callback
     */
    public record Reconciliation(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("PT5M") Duration interval,
                                 @DefaultValue("PT10M") Duration minAge,
                                 @DefaultValue("200") int batchSize) {
    }

    /**
     * The built-in ePayBL-style platform, a simulator: no money moves. Only the profile {@code demo} (and tests) may
     * switch it on; elsewhere the start is refused while it is on.
     *
     * @param secret          shared secret of the signed callbacks and the pay page's form tokens; required
     * @param callbackTimeout how long the platform waits for our callback endpoint
     */
    public record Simulator(@DefaultValue("false") boolean enabled,
                            String secret,
                            @DefaultValue("PT10S") Duration callbackTimeout) {

        /** Shortest secret accepted: 32 characters. */
        public static final int MIN_SECRET_LENGTH = 32;

        public Simulator {
            if (enabled && (secret == null || secret.isBlank())) {
                throw new IllegalStateException("antrag.payment.simulator.secret (environment variable "
                        + "ANTRAG_PAYMENT_SIMULATOR_SECRET) is not set. The built-in e-payment platform signs its "
                        + "callbacks with this shared secret; set a random value of at least " + MIN_SECRET_LENGTH
                        + " characters, or switch the platform off with antrag.payment.simulator.enabled=false when "
                        + "another provider is used. Only the profile 'demo' has a fixed value.");
            }
            if (enabled && secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("antrag.payment.simulator.secret is too short: at least "
                        + MIN_SECRET_LENGTH + " characters are needed.");
            }
        }
    }
}
