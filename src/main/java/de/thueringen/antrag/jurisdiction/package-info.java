/**
 * Authorities of Thüringen (Land office, Landratsämter, kreisfreie Städte, Verwaltungsgemeinschaften, Gemeinden),
 * their territory (AGS, postcodes, names of merged municipalities) and who is responsible for a service at a place.
 * Every authority that acts itself is one Camunda tenant; a member municipality of a Verwaltungsgemeinschaft or of
 * an erfüllende Gemeinde is a place and a party, not a tenant.
 */
package de.thueringen.antrag.jurisdiction;
