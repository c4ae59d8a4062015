package io.perfagent.core.jdbc;

import io.perfagent.bootstrap.AgentErrors;
import io.perfagent.bootstrap.JdbcKeys;
import io.perfagent.core.registry.KeyRegistry;
import io.perfagent.core.sql.SanitizedSql;
import io.perfagent.core.sql.SqlKeyCache;
import io.perfagent.core.sql.SqlOperation;

import java.util.HashMap;
import java.util.Map;

/**
 * The core's side of the JDBC probes: turns raw SQL, batches and data sources into registered key ids of kind
 * {@code sql} (with {@code operation} and {@code table} attributes) and {@code pool}.
 *
 * <p>Called on application threads. {@link #sqlId} first looks the raw text up in a bounded cache (a hit allocates
 * nothing and takes no lock); a miss sanitizes and registers, off the hot path of an already seen statement. The cache
 * and the registry are both bounded, so millions of distinct unparameterised statements cannot grow memory: past
 * {@code keys.max} they share the {@code <other sql>} key. Never throws: a failure counts as an advice error and gives
 * the unknown key.
 */
public final class JdbcKeyResolver implements JdbcKeys {

    public static final String SQL = "sql";
    public static final String POOL = "pool";
    static final String UNKNOWN_SQL = "<unknown sql>";
    /** A plain statement's {@code executeBatch()} with no command added: it executes nothing, but was called. */
    static final String EMPTY_BATCH = "<empty batch>";
    /** Raw statements longer than this are sanitized on every sight instead of cached, to bound the cache's memory. */
    static final int MAX_CACHED_RAW_LENGTH = 4096;

    private final KeyRegistry registry;
    private final SqlKeyMaker maker;
    private final SqlKeyCache<Integer> ids;
    private final int unknownId;
    private volatile int emptyBatchId = -1;

    public JdbcKeyResolver(KeyRegistry registry, JdbcSettings settings) {
        this.registry = registry;
        this.maker = new SqlKeyMaker(settings);
        this.ids = new SqlKeyCache<>(SqlKeyCache.DEFAULT_MAX_ENTRIES, MAX_CACHED_RAW_LENGTH, this::register);
        this.unknownId = registry.register(SQL, UNKNOWN_SQL);
    }

    @Override
    public int sqlId(String rawSql) {
        if (rawSql == null) {
            return unknownId;
        }
        try {
            return ids.get(rawSql);
        } catch (RuntimeException e) {
            AgentErrors.adviceError(e);
            return unknownId;
        }
    }

    @Override
    public int unknownSqlId() {
        return unknownId;
    }

    @Override
    public Object addBatchSql(Object batch, String rawSql) {
        BatchSql state = batch instanceof BatchSql existing ? existing : new BatchSql();
        try {
            state.add(maker.make(rawSql), maker.maxLength());
        } catch (RuntimeException e) {
            AgentErrors.adviceError(e);
        }
        return state;
    }

    @Override
    public int batchId(Object batch) {
        if (batch == null) {
            return emptyBatchId();
        }
        if (!(batch instanceof BatchSql state)) {
            return unknownId;
        }
        try {
            return registry.register(SQL, state.key(maker.maxLength()), attributes(state.operation(), state.table()));
        } catch (RuntimeException e) {
            AgentErrors.adviceError(e);
            return unknownId;
        }
    }

    @Override
    public int poolId(Object dataSource) {
        try {
            return registry.register(POOL, PoolKeyNamer.keyOf(dataSource));
        } catch (RuntimeException e) {
            AgentErrors.adviceError(e);
            return registry.register(POOL, "<unknown pool>");
        }
    }

    /** Registered on first use, so that reports without an empty batch do not list the key. */
    private int emptyBatchId() {
        int id = emptyBatchId;
        if (id < 0) {
            id = registry.register(SQL, EMPTY_BATCH);
            emptyBatchId = id;
        }
        return id;
    }

    private Integer register(String rawSql) {
        SanitizedSql sql = maker.make(rawSql);
        if (sql.key().isEmpty()) {
            return unknownId;
        }
        return registry.register(SQL, sql.key(), attributes(sql.operation(), sql.table()));
    }

    private static Map<String, String> attributes(SqlOperation operation, String table) {
        Map<String, String> attributes = new HashMap<>(4);
        attributes.put("operation", operation.name());
        if (table != null) {
            attributes.put("table", table);
        }
        return attributes;
    }

    /** Raw statements remembered; for tests of the bound. */
    int cachedStatements() {
        return ids.size();
    }
}
