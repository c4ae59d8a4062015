package sample.candidates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * JDBC classes that each reach the class-load filter through exactly one of its signals (abstract, so that they need
 * not implement the JDBC interfaces; the filter reads class files only).
 */
public final class JdbcFixtures {

    private JdbcFixtures() {
    }

    public abstract static class BaseStatement implements Statement {
    }

    public abstract static class BaseConnection implements Connection {
    }

    /** Declares one execute method, no JDBC type in sight (no throws clause, inherited interface). */
    public abstract static class OnlyExecute extends BaseStatement {
        @Override
        public int executeUpdate(String sql) {
            return 0;
        }
    }

    public abstract static class OnlyAddBatch extends BaseStatement {
        @Override
        public void addBatch(String sql) {
        }
    }

    public abstract static class OnlyClearBatch extends BaseStatement {
        @Override
        public void clearBatch() {
        }
    }

    public abstract static class OnlyPrepare extends BaseConnection {
        @Override
        public PreparedStatement prepareStatement(String sql) {
            return null;
        }
    }

    /** A data source that inherits getConnection from a base class that is not one. */
    public abstract static class ConnectionFactory {
        public Connection getConnection() {
            return null;
        }
    }

    public abstract static class InheritedGetConnection extends ConnectionFactory implements DataSource {
    }

    /** Plays a JDBC role but declares nothing a probe advises: the filter may let it go. */
    public abstract static class NothingDeclared extends BaseStatement {
        public int rows() {
            return 0;
        }
    }

    /** Runs statements and prepares them, as an application's repository does, but is none of the JDBC types. */
    public static final class CallsJdbc {
        public int save(Connection connection, String sql) throws java.sql.SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.addBatch();
                statement.executeBatch();
                return statement.executeUpdate();
            }
        }
    }
}
