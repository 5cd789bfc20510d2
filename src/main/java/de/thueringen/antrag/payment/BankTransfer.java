package de.thueringen.antrag.payment;

import java.math.BigDecimal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The provider {@value #NAME} for installations without an online payment platform: the citizen transfers the fee
 * to the authority naming the Kassenzeichen, and the cash office books it ({@link PaymentService#confirm}). Nothing
 * here creates a checkout, answers a callback or books a payment by itself, so an open fee stays open until the money
 * has arrived.
 */
@Component
class BankTransfer implements PaymentProvider {

    static final String NAME = "ueberweisung";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean offersOnlineCheckout() {
        return false;
    }

    @Override
    public ProviderPayment create(PaymentOrder order) {
        throw new UnsupportedOperationException("Bank transfers have no online checkout");
    }

    @Override
    public ProviderStatus status(String providerPaymentId) {
        return ProviderStatus.of(ProviderStatus.State.UNKNOWN);
    }

    @Override
    public RefundReceipt refund(String providerPaymentId, BigDecimal amount) {
        throw new UnsupportedOperationException("A bank transfer is paid back by the cash office");
    }

    /** There is no platform that could call back: every callback for this provider is refused. */
    @Override
    public ProviderNotification verifyCallback(HttpHeaders headers, byte[] body) {
        throw new PaymentRejectedException("NO_CALLBACKS", HttpStatus.NOT_FOUND,
                "Für Überweisungen gibt es keine Benachrichtigungen.", null);
    }
}
