/**
 * What clerks see outside Tasklist's own screens: the case file page linked from every task form, with the
 * submitted data, status history, documents and audit trail, for clerks of the responsible authority only.
 */
package de.thueringen.antrag.clerk;
