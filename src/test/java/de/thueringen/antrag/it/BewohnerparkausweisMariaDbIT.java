package de.thueringen.antrag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Bewohnerparkausweis scenario on the real MariaDB of this machine (127.0.0.1:3306, started by .ci/run),
 * in a database this test creates afresh. Override with -Dantrag.it.mariadb.host/-user/-password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "mariadb"})
class BewohnerparkausweisMariaDbIT extends BewohnerparkausweisScenario {

    private static final String DATABASE = "antrag_it";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        MariaDbTestDatabase.createAndUse(DATABASE, registry);
    }

    @Test
    void everyTableIncludingTheEnginesIsUtf8mb4() {
        List<String> charsets = jdbc.queryForList("SELECT DISTINCT CHARACTER_SET_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND CHARACTER_SET_NAME IS NOT NULL", String.class, DATABASE);
        assertThat(charsets).containsExactly("utf8mb4");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? "
                + "AND TABLE_NAME = 'ACT_RU_TASK'", Long.class, DATABASE)).isEqualTo(1L);
    }

    @Test
    void runsWithReadCommittedIsolation() {
        assertThat(jdbc.queryForObject("SELECT @@SESSION.tx_isolation", String.class)).isEqualTo("READ-COMMITTED");
    }
}
