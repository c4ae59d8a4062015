package io.perfagent.it.jdbc;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The PostgreSQL server the JDBC tests use: PERFAGENT_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/perfagent),
 * PERFAGENT_TEST_PG_USER and PERFAGENT_TEST_PG_PASSWORD (default perfagent). {@code .ci/postgres.sh start} provides one. When
 * none answers, PostgreSQL tests are skipped, or fail when PERFAGENT_TEST_REQUIRE_POSTGRES=1 (as in CI).
 */
final class Postgres {

    static final String URL = env("PERFAGENT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/perfagent");
    static final String USER = env("PERFAGENT_TEST_PG_USER", "perfagent");
    static final String PASSWORD = env("PERFAGENT_TEST_PG_PASSWORD", "perfagent");
    private static final String PROBLEM = probe();

    private Postgres() {
    }

    /** Skips (or, when required, fails) the calling test unless the server answers; no-op for H2 stacks. */
    static void requireIfUsedBy(String stack) {
        if (!stack.startsWith("pg") || PROBLEM == null) {
            return;
        }
        String message = "no PostgreSQL at " + URL + " (" + PROBLEM + "); start one with .ci/postgres.sh start";
        if ("1".equals(System.getenv("PERFAGENT_TEST_REQUIRE_POSTGRES"))) {
            throw new AssertionError(message + " — PERFAGENT_TEST_REQUIRE_POSTGRES=1");
        }
        Assumptions.abort(message);
    }

    /** How the forked test application finds the server (system properties, not PERFAGENT_* variables). */
    static List<String> jvmArgs() {
        return List.of("-Dsample.pg.url=" + URL, "-Dsample.pg.user=" + USER, "-Dsample.pg.password=" + PASSWORD);
    }

    private static String probe() {
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return connection.isValid(5) ? null : "connection not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
