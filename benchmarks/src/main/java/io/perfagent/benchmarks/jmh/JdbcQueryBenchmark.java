package io.perfagent.benchmarks.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * One {@code PreparedStatement.executeQuery} (a primary-key lookup, result read) on an in-memory H2 database. Each
 * subclass runs it in a fork with a different agent: none, the EMPTY control agent, perfagent. perfagent's JDBC cost
 * is read against the empty agent, which isolates what any {@code -javaagent} costs on this workload.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public abstract class JdbcQueryBenchmark {

    /**
     * Forks per agent configuration (unless the command line sets {@code -f}). A fork's JIT outcome on H2's statement
     * path is bimodal on this machine: within one run, one fork of a configuration settled ~1 µs above another for all
     * its iterations. The targets read the best iteration over all forks, so one unlucky fork decides nothing.
     */
    public static final int FORKS = 3;

    static final int ROWS = 128;

    private Connection connection;
    private PreparedStatement query;
    private int next;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        org.h2.Driver.load();
        connection = DriverManager.getConnection("jdbc:h2:mem:bench" + System.identityHashCode(this));
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(64))");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO item VALUES (?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                insert.setInt(1, i);
                insert.setString(2, "item-" + i);
                insert.executeUpdate();
            }
        }
        afterLoad();
        query = connection.prepareStatement("SELECT name FROM item WHERE id = ?");
    }

    /** Called once the table is filled and before the query is prepared: an attached agent comes in here. */
    protected void afterLoad() {
    }

    @Benchmark
    public int executeQuery() throws SQLException {
        query.setInt(1, next++ & (ROWS - 1));
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1).length() : -1;
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        query.close();
        connection.close();
    }
}
