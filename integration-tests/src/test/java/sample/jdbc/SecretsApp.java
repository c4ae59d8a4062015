package sample.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code SecretsApp <stack>}: stores rows holding planted secrets every way an application might — inline literals in
 * plain statements, batches, prepared parameters, a failing statement, a slow statement — so a test can check that
 * no report file ever contains one.
 */
public final class SecretsApp {

    public static final List<String> SECRETS = List.of("pw-4c9f1e77", "4111-1111-1111-1111", "tok_91b2e0aa",
            "ssn-078-05-1120", "apikey-55d0c3", "slow-pw-e61a2b");

    public static void main(String[] args) throws Exception {
        Stacks stack = Stacks.open(args[0], 2);
        try (Connection connection = stack.connect()) {
            Schema.create(connection, stack.isPostgres());
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS users (name VARCHAR(50), secret VARCHAR(100))");
                st.executeUpdate("INSERT INTO users (name, secret) VALUES ('alice', '" + SECRETS.get(0) + "')");
                st.executeLargeUpdate("INSERT INTO users VALUES ('bob', '" + SECRETS.get(1) + "')");
                st.addBatch("INSERT INTO users VALUES ('carol', '" + SECRETS.get(2) + "')");
                st.addBatch("UPDATE users SET secret = '" + SECRETS.get(3) + "' WHERE name = 'carol'");
                st.executeBatch();
                try {
                    st.execute("INSERT INTO no_such_table VALUES ('" + SECRETS.get(4) + "')");
                } catch (SQLException expected) {
                    System.out.println("failing insert failed as planned");
                }
                st.executeQuery("SELECT sleep_ms(250), '" + SECRETS.get(5) + "' AS tag").close();
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO users VALUES (?, ?)")) {
                for (String secret : SECRETS) {
                    ps.setString(1, "param");
                    ps.setString(2, secret);
                    ps.executeUpdate();
                }
            }
        }
        stack.close();
        System.out.println("secrets done");
    }
}
