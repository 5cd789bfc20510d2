/**
 * The service catalogue: one entry per deployed service process, read from the process's
 * {@code camunda:properties} (OZG-ID, name, Themenfeld, Lage, LeiKa keys, level, evidence). The process file
 * is the single source of truth.
 */
package de.thueringen.antrag.catalog;
