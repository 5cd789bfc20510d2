/**
 * Figures for each authority and for the Land: cases received, decided (approved, rejected, discontinued), open,
 * overdue tasks, median processing time per service, and the same service compared across authorities. Computed
 * with SQL over the case files and their status history (H2 and MariaDB alike); JSON for API clients and a German
 * page for clerks.
 */
package de.thueringen.antrag.statistics;
