package sample.jdbc;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;

/**
 * {@code JdbcWorkload <stack>}: every kind of statement execution a known number of times, so a test can check each
 * sanitized key's exact count (see JdbcCountsIT for the table). Exactly three DataSource.getConnection() calls.
 */
public final class JdbcWorkload {

    public static void main(String[] args) throws Exception {
        Stacks stack = Stacks.open(args[0], 2);
        try (Connection setup = stack.connect()) {
            Schema.create(setup, stack.isPostgres());
        }
        try (Connection connection = stack.connect()) {
            batches(connection);
            plainStatements(connection);
            prepared(connection);
            callable(connection);
            largeUpdates(connection);
        }
        try (Connection connection = stack.connect();
             Statement st = connection.createStatement()) {
            for (int i = 0; i < 5; i++) {
                st.execute("SELECT COUNT(*) FROM log");
            }
        }
        stack.close();
        System.out.println("workload done");
    }

    /** 4 × executeBatch of 25 prepared inserts; one executeBatch of 6 plain statements of two shapes. */
    private static void batches(Connection connection) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO items (id, name) VALUES (?, ?)")) {
            for (int batch = 0; batch < 4; batch++) {
                for (int i = 0; i < 25; i++) {
                    insert.setInt(1, batch * 25 + i);
                    insert.setString(2, "item-" + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        try (Statement st = connection.createStatement()) {
            for (int i = 0; i < 3; i++) {
                st.addBatch("INSERT INTO log (msg) VALUES ('a" + i + "')");
                st.addBatch("UPDATE items SET name = 'x" + i + "' WHERE id = " + i);
            }
            st.executeBatch();
        }
    }

    /** 50 executeQuery(String) differing only in a literal: one key. */
    private static void plainStatements(Connection connection) throws Exception {
        try (Statement st = connection.createStatement()) {
            for (int i = 0; i < 50; i++) {
                try (ResultSet rs = st.executeQuery("SELECT name FROM items WHERE id = " + i)) {
                    rs.next();
                }
            }
        }
    }

    /** 1000 executions with different parameters: 500 on one statement, 500 prepared afresh each time. */
    private static void prepared(Connection connection) throws Exception {
        String sql = "SELECT id, name FROM items WHERE id = ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < 500; i++) {
                ps.setInt(1, i % 100);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
        }
        for (int i = 0; i < 500; i++) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setInt(1, i % 100);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                }
            }
        }
    }

    /** 20 calls of the add_one function. */
    private static void callable(Connection connection) throws Exception {
        try (CallableStatement call = connection.prepareCall("{? = call add_one(?)}")) {
            for (int i = 0; i < 20; i++) {
                call.registerOutParameter(1, Types.INTEGER);
                call.setInt(2, i);
                call.execute();
                if (call.getInt(1) != i + 1) {
                    throw new IllegalStateException("add_one(" + i + ") = " + call.getInt(1));
                }
            }
        }
    }

    /** 30 prepared executeLargeUpdate, 7 plain executeLargeUpdate(String). */
    private static void largeUpdates(Connection connection) throws Exception {
        try (PreparedStatement update = connection.prepareStatement("UPDATE items SET name = ? WHERE id = ?")) {
            for (int i = 0; i < 30; i++) {
                update.setString(1, "renamed-" + i);
                update.setInt(2, i);
                update.executeLargeUpdate();
            }
        }
        try (Statement st = connection.createStatement()) {
            for (int i = 0; i < 7; i++) {
                st.executeLargeUpdate("DELETE FROM log WHERE msg = 'none" + i + "'");
            }
        }
    }
}
