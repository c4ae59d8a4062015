package io.perfagent.bootstrap;

/**
 * Added by the agent to JDBC statement classes loaded after it started, together with two private fields, so that a
 * statement carries its own SQL key id and batch state: reading them costs one field load, and they die with the
 * statement. Classes that were already loaded (attach) cannot get fields; {@link JdbcState} keeps theirs in weak
 * tables instead. The methods are called from the statement's own calls, i.e. on whatever thread uses it.
 */
public interface JdbcKeyHolder {

    /** The statement's key id plus one; 0 while unknown. */
    int perfagent$keyId();

    void perfagent$keyId(int keyIdPlusOne);

    /** The core's batch state built by {@code addBatch(String)}, or null. */
    Object perfagent$batch();

    void perfagent$batch(Object batch);
}
