package de.thueringen.antrag.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The statutory processing period of a case: the service's process property {@code processing.days}, counted from
 * the submission in German time. The intake stores it as the start variables {@link ProcessVariables#PROCESSING_DEADLINE}
 * (ISO date-time with offset, e.g. {@code 2025-12-17T09:00:00+01:00}) and {@link ProcessVariables#PROCESSING_DAYS};
 * the clerk tasks' due dates are derived from it ({@link TaskDeadlines}).
 */
public final class ProcessingDeadline {

    /** The process property with the period in days. */
    public static final String PROPERTY = "processing.days";
    static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    private ProcessingDeadline() {
    }

    /**
     * The start variables for a case submitted at {@code submittedAt}; empty if the service declares no (valid)
     * period, so a process without the property still starts (its tasks then use their fixed periods).
     */
    public static Map<String, Object> startVariables(Map<String, String> processProperties, Instant submittedAt) {
        Map<String, Object> variables = new LinkedHashMap<>();
        String declared = processProperties == null ? null : processProperties.get(PROPERTY);
        if (declared == null || !declared.strip().matches("\\d{1,4}")) {
            return variables;
        }
        int days = Integer.parseInt(declared.strip());
        ZonedDateTime deadline = submittedAt.atZone(GERMANY).truncatedTo(ChronoUnit.SECONDS).plusDays(days);
        variables.put(ProcessVariables.PROCESSING_DEADLINE, deadline.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        variables.put(ProcessVariables.PROCESSING_DAYS, days);
        return variables;
    }

    /**
     * Reads a deadline variable as the process stored it: an ISO date-time with or without offset (German time
     * assumed), an ISO date (end of that day is not assumed: the start of the day counts), or a {@link Date}.
     */
    static Optional<Instant> parse(Object value) {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        String iso = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(java.time.LocalDateTime.parse(iso).atZone(GERMANY).toInstant());
            } catch (DateTimeParseException notADateTime) {
                try {
                    return Optional.of(java.time.LocalDate.parse(iso).atStartOfDay(GERMANY).toInstant());
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        }
    }
}
