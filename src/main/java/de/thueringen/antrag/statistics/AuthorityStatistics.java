package de.thueringen.antrag.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Statistics of one authority: totals and one line per service it has cases of. */
public record AuthorityStatistics(String authorityId, String authorityName, LocalDate from, LocalDate to,
                                  Instant asOf, Figures totals, List<ServiceLine> services) {

    public record ServiceLine(String serviceId, String serviceName, Figures figures) {
    }
}
