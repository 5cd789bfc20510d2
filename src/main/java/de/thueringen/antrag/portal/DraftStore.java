package de.thueringen.antrag.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of applications (table {@code portal_draft}): what the citizen typed so far, resumable with a secret link
 * until it expires. Only the hash of the link's token is stored. Uploaded files are not part of a draft.
 */
@Component
class DraftStore {

    private static final Logger LOG = LoggerFactory.getLogger(DraftStore.class);
    static final int MAX_DATA_LENGTH = 200_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PortalProperties properties;

    DraftStore(JdbcTemplate jdbc, Clock clock, PortalProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    record Draft(String serviceId, String municipalityAgs, String formDataJson, Instant expiresAt) {
    }

    record Saved(String token, Instant expiresAt) {
    }

    /** Saves a new draft or, with the token of an existing one, replaces its content; the lifetime starts anew. */
    @Transactional
    Saved save(String existingToken, String serviceId, String municipalityAgs, String formDataJson) {
        Instant now = clock.instant();
        Instant expires = now.plus(properties.draftLifetime());
        if (SecretTokens.looksValid(existingToken)) {
            int updated = jdbc.update("UPDATE portal_draft SET municipality_ags = ?, form_data = ?, updated_at = ?, expires_at = ? "
                            + "WHERE token_hash = ? AND service_id = ? AND expires_at > ?",
                    municipalityAgs, formDataJson, Timestamp.from(now), Timestamp.from(expires),
                    SecretTokens.hash(existingToken), serviceId, Timestamp.from(now));
            if (updated == 1) {
                return new Saved(existingToken, expires);
            }
        }
        String token = SecretTokens.newToken();
        jdbc.update("INSERT INTO portal_draft (token_hash, service_id, municipality_ags, form_data, created_at, updated_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                SecretTokens.hash(token), serviceId, municipalityAgs, formDataJson, Timestamp.from(now), Timestamp.from(now),
                Timestamp.from(expires));
        return new Saved(token, expires);
    }

    @Transactional(readOnly = true)
    Optional<Draft> find(String token) {
        if (!SecretTokens.looksValid(token)) {
            return Optional.empty();
        }
        List<Draft> drafts = jdbc.query("SELECT service_id, municipality_ags, form_data, expires_at FROM portal_draft "
                        + "WHERE token_hash = ? AND expires_at > ?",
                (rs, i) -> new Draft(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                SecretTokens.hash(token), Timestamp.from(clock.instant()));
        return drafts.stream().findFirst();
    }

    @Transactional
    void delete(String token) {
        if (SecretTokens.looksValid(token)) {
            jdbc.update("DELETE FROM portal_draft WHERE token_hash = ?", SecretTokens.hash(token));
        }
    }

    /** Expired drafts are deleted every night: the citizen's data is kept no longer than promised. */
    @Scheduled(cron = "${antrag.portal.draft-cleanup-cron:0 17 3 * * *}")
    @Transactional
    public void deleteExpired() {
        int deleted = jdbc.update("DELETE FROM portal_draft WHERE expires_at <= ?", Timestamp.from(clock.instant()));
        if (deleted > 0) {
            LOG.info("{} expired application drafts deleted", deleted);
        }
    }
}
