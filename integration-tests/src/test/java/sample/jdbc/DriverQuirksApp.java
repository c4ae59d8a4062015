package sample.jdbc;

import sample.jdbc.wrap.MysqlLikeConnection;
import sample.jdbc.wrap.SelfExecutingStatement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Statements prepared and batched the way MySQL Connector/J does it ({@link MysqlLikeConnection}), on H2: 5 queries
 * through {@code clientPrepareStatement}, 7 through {@code serverPrepareStatement}, and 3 plain batches of two
 * commands whose statement clears its own batch inside {@code executeBatch}.
 */
public final class DriverQuirksApp {

    public static void main(String[] args) throws Exception {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:quirks", "sa", "")) {
            h2.createStatement().execute("CREATE TABLE quirks (v INT)");
            MysqlLikeConnection connection = new MysqlLikeConnection(h2);
            long sum = 0;
            PreparedStatement client = connection.clientPrepareStatement("SELECT 1 AS client_prepared");
            for (int i = 0; i < 5; i++) {
                sum += first(client.executeQuery());
            }
            PreparedStatement server = connection.serverPrepareStatement("SELECT 2 AS server_prepared");
            for (int i = 0; i < 7; i++) {
                sum += first(server.executeQuery());
            }
            SelfExecutingStatement plain = new SelfExecutingStatement(h2.createStatement(), null);
            for (int i = 0; i < 3; i++) {
                plain.addBatch("INSERT INTO quirks VALUES (1)");
                plain.addBatch("UPDATE quirks SET v = 2");
                sum += plain.executeBatch().length;
            }
            System.out.println("quirks sum=" + sum);
        }
    }

    private static long first(ResultSet rows) throws java.sql.SQLException {
        try (rows) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
