package de.thueringen.antrag.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database on the real MariaDB of this machine (127.0.0.1:3306, started by .ci/run) for one test class,
 * created utf8mb4 as the README says. Override with -Dantrag.it.mariadb.host/-user/-password.
 */
public final class MariaDbTestDatabase {

    private static final String HOST = System.getProperty("antrag.it.mariadb.host", "127.0.0.1:3306");
    private static final String USER = System.getProperty("antrag.it.mariadb.user", "root");
    private static final String PASSWORD = System.getProperty("antrag.it.mariadb.password", "");

    private MariaDbTestDatabase() {
    }

    /** Drops and creates the database and points the application's data source at it. */
    public static void createAndUse(String database, DynamicPropertyRegistry registry) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://" + HOST + "/", USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://" + HOST + "/" + database
                + "?useMysqlMetadata=true&nullDatabaseMeansCurrent=true");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }
}
