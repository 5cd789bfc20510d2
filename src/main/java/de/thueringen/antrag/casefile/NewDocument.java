package de.thueringen.antrag.casefile;

/** An uploaded file, already checked by intake (size, type, sanitised name). */
public record NewDocument(String evidenceKey, String fileName, String contentType, byte[] content) {
}
