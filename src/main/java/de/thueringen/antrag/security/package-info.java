/**
 * Who may do what: authentication of the engine REST API (HTTP Basic against Camunda identity), clerks'
 * access to case files of their own authority only, and the security headers of our pages. A start without the
 * profile demo is checked first (no payment simulator, configured public addresses, no placeholder secrets); the
 * first administrator comes from configuration, the webapps' setup page is closed.
 */
package de.thueringen.antrag.security;
