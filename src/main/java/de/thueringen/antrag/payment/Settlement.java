package de.thueringen.antrag.payment;

/** What a provider notification did to our books. */
public enum Settlement {
    /** This notification booked the payment and continued the waiting process. */
    BOOKED,
    /** The same payment had been booked before with the same transaction; nothing changed. */
    ALREADY_BOOKED,
    /** The notification reports no payment (e.g. aborted); nothing to book. */
    IGNORED
}
