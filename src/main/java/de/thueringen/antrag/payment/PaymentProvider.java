package de.thueringen.antrag.payment;

import java.math.BigDecimal;

import org.springframework.http.HttpHeaders;

/**
 * An e-payment platform. The platform owns the citizen's payment dialogue (hosted page), tells us about payments
 * with a signed server-to-server callback and answers status queries for reconciliation. Processes never see a
 * provider: they request a fee and wait for the message {@value PaymentService#PAYMENT_RECEIVED_MESSAGE}, so a
 * provider is added as one more Spring bean implementing this interface and chosen with
 * {@code antrag.payment.provider}.
 */
public interface PaymentProvider {

    /** Stable name, stored with every payment created here, e.g. {@code epaybl-simulator}. */
    String name();

    /**
     * Whether citizens pay online at this provider (a pay page to send them to). A provider without one, such as
     * {@link BankTransfer}, is never asked to {@link #create} a payment: the citizen transfers the fee and the cash
     * office books it.
     */
    default boolean offersOnlineCheckout() {
        return true;
    }

    /** Creates the payment at the platform; the citizen is sent to the returned redirect URL. */
    ProviderPayment create(PaymentOrder order);

    /** What the platform knows about the payment now (used when a callback never came). */
    ProviderStatus status(String providerPaymentId);

    /** Pays the amount back to the citizen. */
    RefundReceipt refund(String providerPaymentId, BigDecimal amount);

    /**
     * Withdraws the payment at the platform so that the citizen can no longer pay it, e.g. when the payment
     * deadline passed. Returns the platform's status afterwards: {@link ProviderStatus.State#PAID} means the citizen
     * paid in the meantime. Platforms without such a function keep the default, which only asks for the status.
     */
    default ProviderStatus cancel(String providerPaymentId) {
        return status(providerPaymentId);
    }

    /**
     * Checks the authenticity of a callback (signature, freshness) and reads it. Throws
     * {@link PaymentRejectedException} for anything that is not a genuine, readable notification of this platform.
     */
    ProviderNotification verifyCallback(HttpHeaders headers, byte[] body);
}
