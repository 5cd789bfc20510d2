package de.thueringen.antrag.notice;

/**
 * Postal recipient of a notice, printed into the address field of the letter.
 *
 * @param fullName          full name as entered by the citizen (any Unicode text)
 * @param street            street and house number
 * @param postalCodeAndCity postal code and city, e.g. "99084 Erfurt"
 */
public record NoticeRecipient(String fullName, String street, String postalCodeAndCity) {
}
