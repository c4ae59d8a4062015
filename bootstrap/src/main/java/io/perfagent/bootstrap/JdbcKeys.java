package io.perfagent.bootstrap;

/**
 * Turns what the JDBC probes see into key ids; implemented by the core (sanitizer, bounded caches, key registry) and
 * installed with {@link JdbcTimings#install}. Called on application threads: {@link #sqlId} must not allocate or lock
 * when the SQL was seen before (a cache hit); the others run once per prepared statement, batch or data source.
 */
public interface JdbcKeys {

    /** The {@code sql} key id of a raw statement text (null gives the unknown-SQL key). */
    int sqlId(String rawSql);

    /** The key id for statements whose SQL the agent never saw (e.g. prepared before an attach). */
    int unknownSqlId();

    /** Adds one {@code addBatch(String)} to a statement's batch state ({@code null} for the first) and returns it. */
    Object addBatchSql(Object batch, String rawSql);

    /**
     * The key id of a batch built by {@link #addBatchSql}: its distinct sanitized statements joined; {@code null}: a
     * plain statement's batch to which nothing was added.
     */
    int batchId(Object batch);

    /** The {@code pool} key id of a {@code javax.sql.DataSource}: its class and pool name where known. */
    int poolId(Object dataSource);
}
