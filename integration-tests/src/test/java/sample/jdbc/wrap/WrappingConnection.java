package sample.jdbc.wrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A delegating connection that also wraps the statements it hands out; two of them nested make the "two-level
 * hand-written wrapper" of the exactly-once tests: every execution passes through three statement objects.
 */
public class WrappingConnection extends ForwardingConnection {

    public WrappingConnection(Connection delegate) {
        super(delegate);
    }

    @Override
    public Statement createStatement() throws SQLException {
        return new ForwardingStatement(super.createStatement());
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return new ForwardingStatement(super.prepareStatement(sql));
    }
}
