package de.thueringen.antrag.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Flyway migration V6 moves cases of municipalities that no longer act themselves (VG members, merged
 * municipalities) to the authority acting now, on the schema as it was before (H2; the script is the same for MariaDB).
 */
class AuthorityMigrationTest {

    @Test
    void casesOfMembersAndMergedMunicipalitiesMoveToTheActingAuthority() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:authority-migration;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).table("antrag_schema_history").target("5").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        insertCase(jdbc, 1, "BER-2025-000001", "ags-16061003", "16061003");   // member of VG Lindenberg/Eichsfeld
        insertCase(jdbc, 2, "LUT-2025-000001", "ags-16061067", "16061067");   // Lutter, merged into Uder
        insertCase(jdbc, 3, "GOT-2025-000001", "ags-16067029", "16067029");   // Gotha acts itself
        insertCase(jdbc, 4, "EIC-2025-000001", "kreis-16061", "16061003");    // a Landratsamt case stays

        Flyway.configure().dataSource(dataSource).table("antrag_schema_history").load().migrate();

        assertThat(row(jdbc, 1)).containsEntry("AUTHORITY_ID", "vg-160615001").containsEntry("MUNICIPALITY_AGS", "16061003");
        assertThat(row(jdbc, 2)).containsEntry("AUTHORITY_ID", "ags-16061119").containsEntry("MUNICIPALITY_AGS", "16061119");
        assertThat(row(jdbc, 3)).containsEntry("AUTHORITY_ID", "ags-16067029");
        assertThat(row(jdbc, 4)).containsEntry("AUTHORITY_ID", "kreis-16061");
        assertThat(row(jdbc, 1)).containsEntry("CASE_NUMBER", "BER-2025-000001");
    }

    private static void insertCase(JdbcTemplate jdbc, long id, String caseNumber, String authorityId, String ags) {
        jdbc.update("INSERT INTO case_file (id, case_number, service_id, service_name, process_definition_key, authority_id,"
                + " municipality_ags, last_name, form_data, status, tracking_token_hash, submitted_at, version)"
                + " VALUES (?, ?, '10173', 'Bewohnerparkausweis', 'ozg-10173', ?, ?, 'Muster', '{}', 'EINGEGANGEN', ?,"
                + " CURRENT_TIMESTAMP, 0)", id, caseNumber, authorityId, ags, "hash-" + id);
    }

    private static Map<String, Object> row(JdbcTemplate jdbc, long id) {
        return jdbc.queryForMap("SELECT case_number, authority_id, municipality_ags FROM case_file WHERE id = ?", id);
    }
}
