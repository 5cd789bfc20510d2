/**
 * Engine configuration and the thin delegates and listeners that BPMN calls by name
 * ({@code ${caseStatus}}, {@code ${requestPayment}}, {@code ${createNotice}}); deployment of the designers'
 * folders; the tenant of every process instance.
 */
package de.thueringen.antrag.workflow;
