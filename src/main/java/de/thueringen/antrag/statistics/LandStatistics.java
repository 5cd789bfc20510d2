package de.thueringen.antrag.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Statistics of the Land: totals, one line per authority, and per service the authorities side by side.
 */
public record LandStatistics(LocalDate from, LocalDate to, Instant asOf, Figures totals, List<AuthorityLine> authorities,
                             List<ServiceComparison> services) {

    public record AuthorityLine(String authorityId, String authorityName, Figures figures) {
    }

    public record ServiceComparison(String serviceId, String serviceName, Figures land, List<AuthorityLine> authorities) {
    }
}
