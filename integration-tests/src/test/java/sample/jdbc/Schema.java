package sample.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the sample tables and the functions {@code add_one(int)} and {@code sleep_ms(int)} on either database. */
public final class Schema {

    private Schema() {
    }

    public static void create(Connection connection, boolean postgres) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS items");
            st.execute("DROP TABLE IF EXISTS log");
            st.execute("CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(100))");
            st.execute("CREATE TABLE log (msg VARCHAR(100))");
            if (postgres) {
                st.execute("CREATE OR REPLACE FUNCTION add_one(i integer) RETURNS integer AS 'SELECT i + 1' LANGUAGE sql");
                st.execute("CREATE OR REPLACE FUNCTION sleep_ms(ms integer) RETURNS integer AS "
                        + "'SELECT ms FROM pg_sleep(ms / 1000.0)' LANGUAGE sql");
            } else {
                st.execute("CREATE ALIAS IF NOT EXISTS add_one FOR 'sample.jdbc.Functions.addOne'");
                st.execute("CREATE ALIAS IF NOT EXISTS sleep_ms FOR 'sample.jdbc.Functions.sleepMs'");
            }
        }
    }
}
