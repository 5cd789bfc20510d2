/**
 * Fees and payments: payment requests for a case, their settlement and the continuation of the waiting
 * process. This first version settles payments through a built-in simulation of an e-payment platform.
 */
package de.thueringen.antrag.payment;
