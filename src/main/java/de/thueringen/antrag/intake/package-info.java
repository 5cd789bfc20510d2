/**
 * The citizen's submission: validation against the service's Camunda Form (never trusting the browser),
 * evidence uploads, creation of the case file and start of the service process, all in one transaction.
 */
package de.thueringen.antrag.intake;
