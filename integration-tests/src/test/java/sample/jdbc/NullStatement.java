package sample.jdbc;

import sample.jdbc.wrap.ForwardingStatement;

/**
 * A statement of a driver that does nothing: {@code execute(String)} returns at once. Lets a test issue a million
 * distinct statements in seconds, measuring the agent rather than a database.
 */
public final class NullStatement extends ForwardingStatement {

    public NullStatement() {
        super(null);
    }

    @Override
    public boolean execute(String sql) {
        return false;
    }
}
