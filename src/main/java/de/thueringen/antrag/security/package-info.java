/**
 * Who may do what: authentication of the engine REST API (HTTP Basic against Camunda identity), clerks'
 * access to case files of their own authority only, and the security headers of our pages.
 */
package de.thueringen.antrag.security;
