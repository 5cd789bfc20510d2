package de.thueringen.antrag.casefile;

import java.time.Year;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers like {@code ERF-2026-000123}: per authority and year, without gaps caused by
 * concurrency. The counter row is locked by the UPDATE until the surrounding transaction ends, so two
 * submissions to the same authority never get the same number; a rolled-back submission gives its number back.
 */
@Component
class CaseNumberAllocator {

    private final JdbcTemplate jdbc;

    CaseNumberAllocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(String authorityId, String prefix, Year year) {
        long value = increment(authorityId, year.getValue());
        return "%s-%d-%06d".formatted(prefix, year.getValue(), value);
    }

    private long increment(String authorityId, int year) {
        int updated = jdbc.update(
                "UPDATE case_number_counter SET last_value = last_value + 1 WHERE authority_id = ? AND counter_year = ?",
                authorityId, year);
        if (updated == 0) {
            try {
                jdbc.update("INSERT INTO case_number_counter (authority_id, counter_year, last_value) VALUES (?, ?, 1)",
                        authorityId, year);
                return 1;
            } catch (DuplicateKeyException concurrentFirstCaseOfYear) {
                return increment(authorityId, year);
            }
        }
        Long value = jdbc.queryForObject(
                "SELECT last_value FROM case_number_counter WHERE authority_id = ? AND counter_year = ?",
                Long.class, authorityId, year);
        return value;
    }
}
