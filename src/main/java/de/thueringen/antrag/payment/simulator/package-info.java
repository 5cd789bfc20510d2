/**
 * The built-in e-payment platform, modelled on the Länder's ePayBL: its own payment records, a hosted pay page
 * ({@code /epayment/{id}}, German, with a form token against cross-site requests), HMAC-signed server-to-server
 * callbacks over real HTTP, status queries and refunds. It talks to the rest of the application only as a
 * {@link de.thueringen.antrag.payment.PaymentProvider} and over HTTP, like an external platform would.
 */
package de.thueringen.antrag.payment.simulator;
