package sample.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** {@code SleepApp <stack>}: 20 × {@code SELECT pg_sleep(0.05)}, each taking 50 ms in PostgreSQL. */
public final class SleepApp {

    public static void main(String[] args) throws Exception {
        Stacks stack = Stacks.open(args[0], 2);
        try (Connection connection = stack.connect();
             PreparedStatement sleep = connection.prepareStatement("SELECT pg_sleep(0.05)")) {
            for (int i = 0; i < 20; i++) {
                try (ResultSet rs = sleep.executeQuery()) {
                    rs.next();
                }
            }
        }
        stack.close();
        System.out.println("sleep done");
    }
}
