package de.thueringen.antrag.payment.simulator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import de.thueringen.antrag.payment.CallbackSignature;
import de.thueringen.antrag.payment.PaymentOrder;
import de.thueringen.antrag.payment.PaymentProperties;
import de.thueringen.antrag.payment.PaymentProvider;
import de.thueringen.antrag.payment.PaymentRejectedException;
import de.thueringen.antrag.payment.ProviderNotification;
import de.thueringen.antrag.payment.ProviderPayment;
import de.thueringen.antrag.payment.ProviderStatus;
import de.thueringen.antrag.payment.RefundReceipt;
import de.thueringen.antrag.web.PublicAddresses;

/**
 * The built-in provider {@value #NAME}: keeps its own payment records, serves the pay page
 * ({@link HostedPageController}), and reports payments with callbacks signed with the shared secret
 * {@code antrag.payment.simulator.secret} ({@link CallbackSender}).
 */
@Component
@ConditionalOnProperty(prefix = "antrag.payment.simulator", name = "enabled", havingValue = "true")
class EpayblSimulator implements PaymentProvider {

    static final String NAME = "epaybl-simulator";
    static final String PAGE_PATH = "/epayment/";
    private static final Logger LOG = LoggerFactory.getLogger(EpayblSimulator.class);
    private static final String ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    enum PayOutcome { PAID_NOW, ALREADY_PAID, NOT_PAYABLE }

    private final SimulatedPaymentRepository records;
    private final PaymentProperties properties;
    private final PublicAddresses addresses;
    private final Clock clock;
    private final byte[] callbackKey;
    private final byte[] pageTokenKey;

    EpayblSimulator(SimulatedPaymentRepository records, PaymentProperties properties, PublicAddresses addresses,
                    Clock clock) {
        this.records = records;
        this.properties = properties;
        this.addresses = addresses;
        this.clock = clock;
        this.callbackKey = properties.simulator().secret().getBytes(StandardCharsets.UTF_8);
        // a key of its own for the page tokens, so a form token never doubles as a callback signature
        this.pageTokenKey = CallbackSignature.hmac(callbackKey, "epayment-page-token");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @Transactional
    public ProviderPayment create(PaymentOrder order) {
        if (order.returnUrl() != null && !order.returnUrl().matches("(https?://|/)\\S*")) {
            throw new IllegalArgumentException("The return URL must be an http(s) URL or a path");
        }
        String id = newId("EPB-", 20);
        records.save(new SimulatedPayment(id, order.reference(), order.caseNumber(), order.payee(), order.purpose(),
                order.amount(), order.currency(), order.callbackUrl(), order.returnUrl(), clock.instant()));
        return new ProviderPayment(id, pageUrl(id));
    }

    @Override
    @Transactional(readOnly = true)
    public ProviderStatus status(String providerPaymentId) {
        return records.findByProviderPaymentId(providerPaymentId).map(EpayblSimulator::statusOf)
                .orElse(ProviderStatus.of(ProviderStatus.State.UNKNOWN));
    }

    @Override
    @Transactional
    public RefundReceipt refund(String providerPaymentId, BigDecimal amount) {
        SimulatedPayment record = records.lockByProviderPaymentId(providerPaymentId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown payment " + providerPaymentId));
        if (record.getStatus() == SimulatedPayment.Status.REFUNDED) {
            return new RefundReceipt(record.getRefundId(), record.getRefundedAt());
        }
        if (record.getStatus() != SimulatedPayment.Status.PAID || record.getAmount().compareTo(amount) != 0) {
            throw new IllegalStateException("Payment " + providerPaymentId + " cannot be refunded with " + amount);
        }
        record.refund(newId("RF-", 16), clock.instant());
        LOG.info("Platform: payment {} ({}) refunded", providerPaymentId, record.getReference());
        return new RefundReceipt(record.getRefundId(), record.getRefundedAt());
    }

    @Override
    @Transactional
    public ProviderStatus cancel(String providerPaymentId) {
        Optional<SimulatedPayment> record = records.lockByProviderPaymentId(providerPaymentId);
        record.filter(r -> r.getStatus() == SimulatedPayment.Status.OPEN).ifPresent(SimulatedPayment::cancel);
        return record.map(EpayblSimulator::statusOf).orElse(ProviderStatus.of(ProviderStatus.State.UNKNOWN));
    }

    @Override
    public ProviderNotification verifyCallback(HttpHeaders headers, byte[] body) {
        switch (CallbackSignature.verify(callbackKey, headers.getFirst(CallbackSignature.HEADER), body, clock.instant(),
                properties.callbackMaxAge())) {
            case VALID:
                break;
            case STALE:
                throw PaymentRejectedException.staleTimestamp();
            default:
                throw PaymentRejectedException.invalidSignature();
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw PaymentRejectedException.malformed("kein JSON");
        }
        if (json == null || !json.isObject()) {
            throw PaymentRejectedException.malformed("kein JSON-Objekt");
        }
        return new ProviderNotification(text(json, "providerPaymentId"), text(json, "reference"), decimal(json, "amount"),
                text(json, "currency"), text(json, "transactionId"), text(json, "status"), instant(json, "timestamp"));
    }

    // --- the platform's side: the pay page and its callback ---

    @Transactional(readOnly = true)
    Optional<SimulatedPayment> find(String providerPaymentId) {
        return looksLikeId(providerPaymentId) ? records.findByProviderPaymentId(providerPaymentId) : Optional.empty();
    }

    /** The citizen confirmed; a second confirmation (double click, reload) changes nothing. */
    @Transactional
    PayOutcome pay(String providerPaymentId, PaymentMethod method) {
        SimulatedPayment record = records.lockByProviderPaymentId(providerPaymentId).orElseThrow();
        switch (record.getStatus()) {
            case PAID:
                return PayOutcome.ALREADY_PAID;
            case OPEN:
                record.pay(method, newId("TX-", 20), clock.instant());
                LOG.info("Platform: payment {} ({}) paid by {}", providerPaymentId, record.getReference(), method);
                return PayOutcome.PAID_NOW;
            default:
                return PayOutcome.NOT_PAYABLE;
        }
    }

    /** The citizen pressed "Abbrechen": nothing is paid, the payment stays payable. */
    @Transactional
    void abort(String providerPaymentId) {
        records.lockByProviderPaymentId(providerPaymentId)
                .filter(r -> r.getStatus() == SimulatedPayment.Status.OPEN)
                .ifPresent(SimulatedPayment::abortAttempt);
    }

    @Transactional
    void recordCallback(String providerPaymentId, SimulatedPayment.CallbackOutcome outcome) {
        records.lockByProviderPaymentId(providerPaymentId).ifPresent(r -> r.recordCallback(outcome));
    }

    /** The callback body: the platform's notification about a paid payment. */
    byte[] callbackBody(SimulatedPayment record) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerPaymentId", record.getProviderPaymentId());
        body.put("reference", record.getReference());
        body.put("amount", record.getAmount());
        body.put("currency", record.getCurrency());
        body.put("transactionId", record.getTransactionId());
        body.put("status", ProviderNotification.STATUS_PAID);
        body.put("timestamp", record.getPaidAt().toString());
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String sign(byte[] body) {
        return CallbackSignature.sign(callbackKey, clock.instant().getEpochSecond(), body);
    }

    /** The form token of a pay page: bound to the payment, unforgeable without the server secret. */
    String pageToken(String providerPaymentId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(CallbackSignature.hmac(pageTokenKey, "page:" + providerPaymentId));
    }

    boolean isValidPageToken(String providerPaymentId, String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(pageToken(providerPaymentId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    static boolean looksLikeId(String providerPaymentId) {
        return providerPaymentId != null && providerPaymentId.matches("EPB-[A-Z0-9]{20}");
    }

    private static ProviderStatus statusOf(SimulatedPayment record) {
        ProviderStatus.State state = switch (record.getStatus()) {
            case OPEN -> ProviderStatus.State.OPEN;
            case PAID -> ProviderStatus.State.PAID;
            case CANCELLED -> ProviderStatus.State.CANCELLED;
            case REFUNDED -> ProviderStatus.State.REFUNDED;
        };
        return new ProviderStatus(state, record.getTransactionId(), record.getAmount(), record.getCurrency(),
                record.getPaidAt());
    }

    /** The platform lives in this application: its pages are at the portal's public address. */
    private String pageUrl(String id) {
        return addresses.portal(PAGE_PATH + id);
    }

    private static String newId(String prefix, int length) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < length; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw PaymentRejectedException.malformed(field);
        }
        return node.asText();
    }

    private static BigDecimal decimal(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            throw PaymentRejectedException.malformed(field);
        }
    }

    private static Instant instant(JsonNode json, String field) {
        String value = text(json, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw PaymentRejectedException.malformed(field);
        }
    }
}
