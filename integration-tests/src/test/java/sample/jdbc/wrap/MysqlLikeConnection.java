package sample.jdbc.wrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A connection shaped like MySQL Connector/J's: besides {@code prepareStatement} it prepares through
 * {@code clientPrepareStatement} and {@code serverPrepareStatement}, whose statements run their SQL themselves
 * ({@link SelfExecutingStatement}), so no other prepared statement is there to name it.
 */
public class MysqlLikeConnection extends ForwardingConnection {

    private final Connection delegate;

    public MysqlLikeConnection(Connection delegate) {
        super(delegate);
        this.delegate = delegate;
    }

    public PreparedStatement clientPrepareStatement(String sql) throws SQLException {
        return new SelfExecutingStatement(delegate.createStatement(), sql);
    }

    public PreparedStatement serverPrepareStatement(String sql) throws SQLException {
        return new SelfExecutingStatement(delegate.createStatement(), sql);
    }
}
