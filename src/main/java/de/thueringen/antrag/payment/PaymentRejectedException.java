package de.thueringen.antrag.payment;

import org.springframework.http.HttpStatus;

/**
 * A notification or request that is not booked, with a stable code for machines, the HTTP status to answer and a
 * German sentence. Messages never contain personal data.
 */
public class PaymentRejectedException extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final String reference;

    public PaymentRejectedException(String code, HttpStatus status, String message, String reference) {
        super(message);
        this.code = code;
        this.status = status;
        this.reference = reference;
    }

    public static PaymentRejectedException invalidSignature() {
        return new PaymentRejectedException("INVALID_SIGNATURE", HttpStatus.UNAUTHORIZED,
                "Die Signatur der Benachrichtigung ist ungültig.", null);
    }

    public static PaymentRejectedException staleTimestamp() {
        return new PaymentRejectedException("STALE_TIMESTAMP", HttpStatus.UNAUTHORIZED,
                "Der Zeitstempel der Benachrichtigung ist zu alt oder liegt in der Zukunft.", null);
    }

    public static PaymentRejectedException malformed(String what) {
        return new PaymentRejectedException("MALFORMED_CALLBACK", HttpStatus.BAD_REQUEST,
                "Die Benachrichtigung ist unvollständig oder fehlerhaft: " + what + ".", null);
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    /** The Kassenzeichen concerned, if known (for the log). */
    public String reference() {
        return reference;
    }
}
