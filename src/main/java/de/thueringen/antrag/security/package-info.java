/**
 * Who may do what: Spring Security for our own endpoints (WebSecurity: staff login from the Camunda webapps'
 * session or HTTP Basic against Camunda identity, CSRF for forms), the one rule of authority membership
 * (AuthorityMembership), authentication of the engine REST API, and the security headers of our pages. A start without the
 * profile demo is checked first (no payment simulator, configured public addresses, no placeholder secrets); the
 * first administrator comes from configuration, the webapps' setup page is closed.
 */
package de.thueringen.antrag.security;
