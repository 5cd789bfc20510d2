/**
 * Authorities of Thüringen (Land office, Landratsämter, kreisfreie Städte, Gemeinden), their territory
 * (AGS, postcodes) and who is responsible for a service at a place. Every authority is one Camunda tenant.
 */
package de.thueringen.antrag.jurisdiction;
