/**
 * What citizens see: the portal's pages under {@code /portal} (service finder, service page with fee, evidence and
 * responsible authority, the application with the service's Camunda Form rendered by form-js, drafts, receipt,
 * "Mein Antrag" with status, mailbox, downloads, documents handed in later and payment) and the tracking API of
 * their case behind the secret link. Citizens never touch the engine REST API or the Camunda webapps.
 * Every portal form carries Spring Security's CSRF token (security.WebSecurity); lookups of unknown
 * tokens are rate-limited per client address.
 */
package de.thueringen.antrag.portal;
