/**
 * Notices (Bescheide and other letters) as PDF/A-2b with PDFBox: the kinds of notice, the designers' text
 * templates in {@code processes/notices/}, the letter layout after DIN 5008 form B, the legal remedy text
 * (Widerspruch, or Klage at the competent Verwaltungsgericht) and storing the notice in the case file.
 * Uses the case file and the jurisdiction data; called by the workflow's {@code createNotice} delegate.
 */
package de.thueringen.antrag.notice;
