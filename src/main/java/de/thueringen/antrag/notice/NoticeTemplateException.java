package de.thueringen.antrag.notice;

/** A notice template cannot be read or filled; the message names the file, the line and what is wrong. */
public class NoticeTemplateException extends RuntimeException {

    public NoticeTemplateException(String message) {
        super(message);
    }

    public NoticeTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
