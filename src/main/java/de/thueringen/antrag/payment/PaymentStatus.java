package de.thueringen.antrag.payment;

/** Where a payment stands in our books. */
public enum PaymentStatus {
    /** Requested, not (yet) paid. */
    OPEN("offen"),
    /** Paid and booked once. */
    PAID("bezahlt"),
    /** No longer payable, e.g. because the payment deadline passed. */
    CANCELLED("storniert"),
    /** Paid, then paid back through the provider. */
    REFUNDED("erstattet");

    private final String germanLabel;

    PaymentStatus(String germanLabel) {
        this.germanLabel = germanLabel;
    }

    /** The word the cash office reads in its report. */
    public String germanLabel() {
        return germanLabel;
    }
}
