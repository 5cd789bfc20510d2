/**
 * What clerks see outside Tasklist's own screens: the case file (page linked from every task form, JSON for the
 * "Akte" tab in Tasklist) with the submitted data, documents, mailbox, status history, audit trail and the
 * authority's internal notes, for clerks of the responsible authority only; and the rules for the clerks' JSON API
 * (login, custom header for changes, German error answers).
 */
package de.thueringen.antrag.clerk;
