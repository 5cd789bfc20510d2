package de.thueringen.antrag.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import de.thueringen.antrag.web.ApiController;
import de.thueringen.antrag.web.ApiProblem;

/**
 * Server-to-server notifications of the payment providers: {@code POST /api/v1/payments/callback/{provider}} (the
 * URL given to the provider with each payment) and {@code POST /api/v1/payments/callback} for the configured
 * provider. The provider checks signature and freshness of the raw body; then the one booking path of
 * {@link PaymentService} books it. Anything refused answers 4xx with a code, is logged at WARN (reason and
 * Kassenzeichen, nothing personal) and books nothing.
 */
@ApiController
class PaymentCallbackController {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentCallbackController.class);

    private final PaymentProviders providers;
    private final PaymentService payments;

    PaymentCallbackController(PaymentProviders providers, PaymentService payments) {
        this.providers = providers;
        this.payments = payments;
    }

    record CallbackResult(String result, String reference) {
    }

    @PostMapping(path = PaymentService.CALLBACK_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> callbackOfConfiguredProvider(@RequestHeader HttpHeaders headers, @RequestBody byte[] body) {
        return handle(providers.active(), headers, body);
    }

    @PostMapping(path = PaymentService.CALLBACK_PATH + "/{provider}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> callback(@PathVariable String provider, @RequestHeader HttpHeaders headers, @RequestBody byte[] body) {
        return providers.find(provider)
                .<ResponseEntity<?>>map(p -> handle(p, headers, body))
                .orElseGet(() -> {
                    LOG.warn("Payment callback refused: UNKNOWN_PROVIDER");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND)
                            .body(ApiProblem.of(HttpStatus.NOT_FOUND, "UNKNOWN_PROVIDER", "Diese Zahlungsplattform ist nicht bekannt."));
                });
    }

    private ResponseEntity<?> handle(PaymentProvider provider, HttpHeaders headers, byte[] body) {
        ProviderNotification notification = null;
        try {
            notification = provider.verifyCallback(headers, body);
            Settlement settlement = payments.settle(provider.name(), notification);
            if (settlement == Settlement.ALREADY_BOOKED) {
                LOG.info("Payment callback of {} for {} repeated; known before, nothing changed", provider.name(),
                        notification.reference());
            }
            return ResponseEntity.ok(new CallbackResult(settlement.name(), notification.reference()));
        } catch (PaymentRejectedException e) {
            String reference = e.reference() != null ? e.reference()
                    : notification != null ? loggable(notification.reference()) : "-";
            LOG.warn("Payment callback of {} refused: {} (Kassenzeichen {})", provider.name(), e.code(), reference);
            return ResponseEntity.status(e.status()).body(ApiProblem.of(e.status(), e.code(), e.getMessage()));
        }
    }

    /** Only what looks like a Kassenzeichen goes into the log (the body may be forged). */
    private static String loggable(String reference) {
        return reference != null && reference.matches("TH-[A-Z0-9]{12}") ? reference : "-";
    }
}
