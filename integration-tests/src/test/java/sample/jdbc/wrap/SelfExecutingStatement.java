package sample.jdbc.wrap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement that runs its SQL itself through a plain statement, the way a driver does: {@code executeQuery()} and
 * {@code executeUpdate()} run the SQL it was prepared with, and {@code executeBatch()} runs the batched commands one
 * by one and then clears its own batch, as MySQL Connector/J does.
 */
public class SelfExecutingStatement extends ForwardingStatement {

    private final String sql;
    private final List<String> batch = new ArrayList<>();

    public SelfExecutingStatement(Statement plain, String sql) {
        super(plain);
        this.sql = sql;
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        return delegate.executeQuery(sql);
    }

    @Override
    public int executeUpdate() throws SQLException {
        return delegate.executeUpdate(sql);
    }

    @Override
    public void addBatch(String command) {
        batch.add(command);
    }

    @Override
    public int[] executeBatch() throws SQLException {
        try {
            int[] counts = new int[batch.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = delegate.executeUpdate(batch.get(i));
            }
            return counts;
        } finally {
            clearBatch();
        }
    }

    @Override
    public void clearBatch() {
        batch.clear();
    }
}
