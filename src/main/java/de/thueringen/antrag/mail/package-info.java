/**
 * E-mail to citizens (Spring Mail): plain-text messages such as the link to follow an application. Without a
 * configured SMTP host ({@code spring.mail.host}) nothing is sent and the fact is logged instead.
 */
package de.thueringen.antrag.mail;
