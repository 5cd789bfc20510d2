/**
 * The case file (Vorgang): case number, applicant, submitted data, status history, documents (uploaded
 * evidence and generated notices) and the audit trail. The engine holds process state; this module holds data.
 */
package de.thueringen.antrag.casefile;
