package sample.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * {@code BackgroundStartApp <callsAfterActive> <maxWaitMillis>}: from its first instruction calls {@link Work#unit}
 * and runs {@link #QUERY} (a statement prepared per call, on H2 loaded at once) in a loop, until the agent shows
 * itself ({@code perfagent.status.active}) or {@code maxWaitMillis} passed, and past that for as long as a background
 * start is under way ({@code perfagent.status.starting}, so that a slow machine still sees how the start ends); then
 * does {@code callsAfterActive} more of each. Prints whether the agent was already active when main began and
 * whether it became active; writes the number of rounds to {@code rounds.txt}.
 */
public class BackgroundStartApp {

    public static final String QUERY = "SELECT ? AS background_probe";

    public static void main(String[] args) throws Exception {
        int after = Integer.parseInt(args[0]);
        long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000L;
        boolean activeAtMain = active();
        long calls = 0;
        long sum = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:background")) {
            while (!active() && (System.nanoTime() < deadline || starting())) {
                sum += round(connection, calls++);
            }
            boolean becameActive = active();
            for (int i = 0; becameActive && i < after; i++) {
                sum += round(connection, calls++);
            }
            System.out.println("active at main=" + activeAtMain + " became active=" + becameActive);
            // how many rounds ran varies from run to run: kept out of the output compared with a plain run
            Files.writeString(Path.of("rounds.txt"), calls + " " + sum);
        }
    }

    private static long round(Connection connection, long i) throws Exception {
        long value = Work.unit((int) i);
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setLong(1, i);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return value + rows.getLong(1);
            }
        }
    }

    private static boolean starting() {
        return "true".equals(System.getProperty("perfagent.status.starting"));
    }

    private static boolean active() {
        return "true".equals(System.getProperty("perfagent.status.active"));
    }
}
