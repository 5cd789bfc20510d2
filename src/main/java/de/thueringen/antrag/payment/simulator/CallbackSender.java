package de.thueringen.antrag.payment.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.payment.CallbackSignature;
import de.thueringen.antrag.payment.PaymentProperties;

/**
 * Sends the platform's signed notification about a paid payment to the callback URL given at creation, over real
 * HTTP like an external platform. A notification that does not arrive is not retried here: the application's
 * reconciliation asks the platform later.
 */
@Component
@ConditionalOnProperty(prefix = "antrag.payment.simulator", name = "enabled", havingValue = "true")
class CallbackSender {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackSender.class);

    private final EpayblSimulator simulator;
    private final Duration timeout;
    private final HttpClient client;

    CallbackSender(EpayblSimulator simulator, PaymentProperties properties) {
        this.simulator = simulator;
        this.timeout = properties.simulator().callbackTimeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    SimulatedPayment.CallbackOutcome deliver(String providerPaymentId) {
        SimulatedPayment record = simulator.find(providerPaymentId).orElseThrow();
        if (record.getStatus() != SimulatedPayment.Status.PAID) {
            return null;
        }
        byte[] body = simulator.callbackBody(record);
        SimulatedPayment.CallbackOutcome outcome;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(record.getCallbackUrl()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(CallbackSignature.HEADER, simulator.sign(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            outcome = status / 100 == 2 ? SimulatedPayment.CallbackOutcome.DELIVERED
                    : status / 100 == 4 ? SimulatedPayment.CallbackOutcome.REJECTED
                    : SimulatedPayment.CallbackOutcome.FAILED;
            if (outcome != SimulatedPayment.CallbackOutcome.DELIVERED) {
                LOG.warn("Platform: callback for {} answered {}", record.getReference(), status);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Platform: callback for {} not delivered: {}", record.getReference(), e.toString());
            outcome = SimulatedPayment.CallbackOutcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = SimulatedPayment.CallbackOutcome.FAILED;
        }
        simulator.recordCallback(providerPaymentId, outcome);
        return outcome;
    }
}
