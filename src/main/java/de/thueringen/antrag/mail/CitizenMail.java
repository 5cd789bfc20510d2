package de.thueringen.antrag.mail;

/**
 * A plain-text mail to a citizen.
 *
 * @param to        the citizen's address
 * @param subject   German subject line
 * @param body      German text, no HTML
 * @param reference what the mail is about, for the log (a case number), never personal data
 */
public record CitizenMail(String to, String subject, String body, String reference) {
}
