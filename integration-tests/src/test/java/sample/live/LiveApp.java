package sample.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * A long-running application the live tests attach to, driven by commands on stdin, one per line:
 * {@code <seq> call <alpha|beta|gamma> <n>}, {@code <seq> spawn <method> <n>} (on a new thread),
 * {@code <seq> status} (the perfagent.status.active property), {@code <seq> threads} (names of perfagent threads),
 * {@code <seq> recorders} (how many threads the bridge tracks; -1 when perfagent was never loaded),
 * {@code <seq> sql <n>} (runs {@link #QUERY} with 0..n-1 on an in-memory H2 database, returns the sum),
 * {@code <seq> params} (the parameter names reflection gives {@link Shop}'s methods; compiled with {@code -parameters})
 * and {@code <seq> exit}. Each reply is one stdout line {@code ok <seq> <result>}. It warms its methods up before
 * printing {@code ready}, so they are loaded (and compiled) long before any attach.
 */
public final class LiveApp {

    /** The one statement the {@code sql} command runs; its key in a report is this text. */
    public static final String QUERY = "SELECT ? AS live_probe";

    private static Connection connection;

    public static void main(String[] args) throws Exception {
        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += Shop.alpha(i) + Shop.beta(i) + Shop.gamma(i);
        }
        System.out.println("ready " + (sink != 0));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            String result = run(words);
            System.out.println("ok " + words[0] + " " + result);
            if (words[1].equals("exit")) {
                return;
            }
        }
    }

    private static String run(String[] words) throws Exception {
        switch (words[1]) {
            case "call":
                return Long.toString(call(words[2], Integer.parseInt(words[3])));
            case "spawn": {
                long[] result = new long[1];
                Thread thread = new Thread(() -> result[0] = call(words[2], Integer.parseInt(words[3])), "spawned");
                thread.start();
                thread.join();
                return Long.toString(result[0]);
            }
            case "status":
                return String.valueOf(System.getProperty("perfagent.status.active"));
            case "threads":
                return perfagentThreads();
            case "recorders":
                return recorders();
            case "sql":
                return Long.toString(sql(Integer.parseInt(words[2])));
            case "params":
                return parameterNames();
            default:
                return "bye";
        }
    }

    private static long sql(int n) throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection("jdbc:h2:mem:live;DB_CLOSE_DELAY=-1");
        }
        long sum = 0;
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            for (int i = 0; i < n; i++) {
                statement.setInt(1, i);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    sum += rows.getInt(1);
                }
            }
        }
        return sum;
    }

    static long call(String method, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            switch (method) {
                case "alpha" -> sum += Shop.alpha(i);
                case "beta" -> sum += Shop.beta(i);
                default -> sum += Shop.gamma(i);
            }
        }
        return sum;
    }

    private static String parameterNames() {
        TreeSet<String> methods = new TreeSet<>();
        for (Method method : Shop.class.getDeclaredMethods()) {
            StringJoiner names = new StringJoiner(",", method.getName() + "(", ")");
            for (Parameter parameter : method.getParameters()) {
                names.add(parameter.getName());
            }
            methods.add(names.toString());
        }
        return String.join(" ", methods);
    }

    private static String perfagentThreads() {
        TreeSet<String> names = new TreeSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("perfagent")) {
                names.add(thread.getName());
            }
        }
        return names.isEmpty() ? "none" : String.join(",", names);
    }

    private static String recorders() {
        try {
            Class<?> recorders = Class.forName("io.perfagent.bootstrap.Recorders", true,
                    ClassLoader.getSystemClassLoader());
            return String.valueOf(recorders.getMethod("trackedThreads").invoke(null));
        } catch (ReflectiveOperationException e) {
            return "-1";
        }
    }
}
