package sample.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * {@code SlowQueryApp <stack>}: twenty fast statements and exactly one that sleeps 2 s in the database, its SQL
 * holding a planted secret literal. Run with a slow threshold between the two.
 */
public final class SlowQueryApp {

    public static final String SECRET = "slow-secret-7f3a9c";

    public static void main(String[] args) throws Exception {
        Stacks stack = Stacks.open(args[0], 2);
        try (Connection connection = stack.connect()) {
            Schema.create(connection, stack.isPostgres());
            try (Statement st = connection.createStatement()) {
                for (int i = 0; i < 20; i++) {
                    st.executeQuery("SELECT COUNT(*) FROM items").close();
                }
                slowQuery(st);
            }
        }
        stack.close();
        System.out.println("slow done");
    }

    private static void slowQuery(Statement st) throws Exception {
        try (ResultSet rs = st.executeQuery("SELECT sleep_ms(2000), '" + SECRET + "' AS tag")) {
            rs.next();
        }
    }
}
