package de.thueringen.antrag.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.AuthorityDirectory;

/**
 * Computes the statistics with SQL over {@code case_file} and {@code case_status_change}, and the engine's open tasks
 * for "overdue" (a task belongs to the case whose number is its process instance's business key). Plain SQL that H2
 * and MariaDB both understand; durations and medians are computed here, not in SQL, for the same reason.
 * <p>
 * A period ({@code from} to {@code to}, both days included, German calendar) restricts "received" (by submission),
 * "decided" (by the day of the decision) and the median (cases closed in the period). "Open" and "overdue" are always
 * the state of now.
 */
@Service
public class StatisticsService {

    static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    private static final String TERMINAL = "('GENEHMIGT', 'ABGELEHNT', 'EINGESTELLT')";
    private static final Instant NO_START = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant NO_END = Instant.parse("2200-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;
    private final AuthorityDirectory authorities;
    private final Clock clock;

    StatisticsService(JdbcTemplate jdbc, AuthorityDirectory authorities, Clock clock) {
        this.jdbc = jdbc;
        this.authorities = authorities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AuthorityStatistics forAuthority(String authorityId, LocalDate from, LocalDate to) {
        Authority authority = authorities.byId(authorityId)
                .orElseThrow(() -> new java.util.NoSuchElementException("Unknown authority " + authorityId));
        Map<Key, Accumulator> lines = collect(authorityId, from, to);
        List<AuthorityStatistics.ServiceLine> services = lines.values().stream()
                .sorted(Comparator.comparing((Accumulator a) -> a.serviceName == null ? "" : a.serviceName))
                .map(a -> new AuthorityStatistics.ServiceLine(a.key.serviceId(), a.serviceName, a.figures()))
                .toList();
        return new AuthorityStatistics(authority.id(), authority.name(), from, to, clock.instant(),
                sum(lines.values()).figures(), services);
    }

    @Transactional(readOnly = true)
    public LandStatistics forLand(LocalDate from, LocalDate to) {
        Map<Key, Accumulator> lines = collect(null, from, to);
        Map<String, List<Accumulator>> byAuthority = lines.values().stream()
                .collect(Collectors.groupingBy(a -> a.key.authorityId(), TreeMap::new, Collectors.toList()));
        List<LandStatistics.AuthorityLine> authorityLines = byAuthority.entrySet().stream()
                .map(e -> new LandStatistics.AuthorityLine(e.getKey(), authorityName(e.getKey()), sum(e.getValue()).figures()))
                .sorted(Comparator.comparing(LandStatistics.AuthorityLine::authorityName))
                .toList();
        Map<String, List<Accumulator>> byService = lines.values().stream()
                .collect(Collectors.groupingBy(a -> a.key.serviceId(), TreeMap::new, Collectors.toList()));
        List<LandStatistics.ServiceComparison> services = byService.values().stream()
                .map(group -> new LandStatistics.ServiceComparison(group.get(0).key.serviceId(), group.get(0).serviceName,
                        sum(group).figures(), group.stream()
                        .map(a -> new LandStatistics.AuthorityLine(a.key.authorityId(), authorityName(a.key.authorityId()),
                                a.figures()))
                        .sorted(Comparator.comparing(LandStatistics.AuthorityLine::authorityName))
                        .toList()))
                .sorted(Comparator.comparing((LandStatistics.ServiceComparison s) -> s.serviceName() == null ? "" : s.serviceName()))
                .toList();
        return new LandStatistics(from, to, clock.instant(), sum(lines.values()).figures(), authorityLines, services);
    }

    private String authorityName(String authorityId) {
        return authorities.byId(authorityId).map(Authority::name).orElse(authorityId);
    }

    private Map<Key, Accumulator> collect(String authorityId, LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from == null ? NO_START : from.atStartOfDay(GERMANY).toInstant());
        Timestamp end = Timestamp.from(to == null ? NO_END : to.plusDays(1).atStartOfDay(GERMANY).toInstant());
        Timestamp now = Timestamp.from(clock.instant());
        String onlyAuthority = authorityId == null ? "" : " AND c.authority_id = ?";
        Map<Key, Accumulator> lines = new HashMap<>();
        Function<Key, Accumulator> line = key -> lines.computeIfAbsent(key, Accumulator::new);

        jdbc.query("SELECT c.authority_id, c.service_id, MAX(c.service_name), COUNT(*) FROM case_file c"
                        + " WHERE c.submitted_at >= ? AND c.submitted_at < ?" + onlyAuthority
                        + " GROUP BY c.authority_id, c.service_id",
                rs -> {
                    Accumulator a = line.apply(new Key(rs.getString(1), rs.getString(2))).named(rs.getString(3));
                    a.received += rs.getLong(4);
                }, args(authorityId, start, end));

        jdbc.query("SELECT c.authority_id, c.service_id, MAX(c.service_name), s.status, COUNT(DISTINCT c.id)"
                        + " FROM case_status_change s JOIN case_file c ON c.id = s.case_id"
                        + " WHERE s.status IN " + TERMINAL + " AND s.changed_at >= ? AND s.changed_at < ?" + onlyAuthority
                        + " GROUP BY c.authority_id, c.service_id, s.status",
                rs -> {
                    Accumulator a = line.apply(new Key(rs.getString(1), rs.getString(2))).named(rs.getString(3));
                    long count = rs.getLong(5);
                    switch (rs.getString(4)) {
                        case "GENEHMIGT" -> a.approved += count;
                        case "ABGELEHNT" -> a.rejected += count;
                        default -> a.discontinued += count;
                    }
                }, args(authorityId, start, end));

        jdbc.query("SELECT c.authority_id, c.service_id, MAX(c.service_name), COUNT(*) FROM case_file c"
                        + " WHERE c.status NOT IN " + TERMINAL + onlyAuthority
                        + " GROUP BY c.authority_id, c.service_id",
                rs -> {
                    Accumulator a = line.apply(new Key(rs.getString(1), rs.getString(2))).named(rs.getString(3));
                    a.open += rs.getLong(4);
                }, args(authorityId));

        // the engine's runtime tables, read-only: open (active) tasks past their due date, with the case they work on
        jdbc.query("SELECT c.authority_id, c.service_id, MAX(c.service_name), COUNT(*) FROM ACT_RU_TASK t"
                        + " JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_"
                        + " JOIN case_file c ON c.case_number = e.BUSINESS_KEY_"
                        + " WHERE t.DUE_DATE_ < ? AND t.SUSPENSION_STATE_ = 1 AND t.TENANT_ID_ = c.authority_id" + onlyAuthority
                        + " GROUP BY c.authority_id, c.service_id",
                rs -> {
                    Accumulator a = line.apply(new Key(rs.getString(1), rs.getString(2))).named(rs.getString(3));
                    a.overdue += rs.getLong(4);
                }, args(authorityId, now));

        jdbc.query("SELECT c.authority_id, c.service_id, c.service_name, c.submitted_at, c.closed_at FROM case_file c"
                        + " WHERE c.closed_at IS NOT NULL AND c.closed_at >= ? AND c.closed_at < ?" + onlyAuthority,
                rs -> {
                    Accumulator a = line.apply(new Key(rs.getString(1), rs.getString(2))).named(rs.getString(3));
                    a.durations.add(Duration.between(rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()).getSeconds());
                }, args(authorityId, start, end));
        return lines;
    }

    private static Object[] args(String authorityId, Object... values) {
        List<Object> args = new ArrayList<>(List.of(values));
        if (authorityId != null) {
            args.add(authorityId);
        }
        return args.toArray();
    }

    private static Accumulator sum(java.util.Collection<Accumulator> parts) {
        Accumulator total = new Accumulator(new Key(null, null));
        for (Accumulator part : parts) {
            total.received += part.received;
            total.approved += part.approved;
            total.rejected += part.rejected;
            total.discontinued += part.discontinued;
            total.open += part.open;
            total.overdue += part.overdue;
            total.durations.addAll(part.durations);
        }
        return total;
    }

    /** Median of durations in seconds, as days with one decimal; null for none. */
    static Double medianDays(List<Long> seconds) {
        if (seconds.isEmpty()) {
            return null;
        }
        List<Long> sorted = seconds.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        return Math.round(median / 86_400.0 * 10) / 10.0;
    }

    private record Key(String authorityId, String serviceId) {
    }

    private static final class Accumulator {
        private final Key key;
        private String serviceName;
        private long received;
        private long approved;
        private long rejected;
        private long discontinued;
        private long open;
        private long overdue;
        private final List<Long> durations = new ArrayList<>();

        Accumulator(Key key) {
            this.key = key;
        }

        Accumulator named(String name) {
            if (serviceName == null) {
                serviceName = name;
            }
            return this;
        }

        Figures figures() {
            return new Figures(received, approved, rejected, discontinued, approved + rejected + discontinued, open,
                    overdue, medianDays(durations), durations.size());
        }
    }
}
