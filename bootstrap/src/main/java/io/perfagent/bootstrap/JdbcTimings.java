package io.perfagent.bootstrap;

/**
 * The static entry points that woven JDBC advice calls: statement executions (kind {@code sql}), statement preparation
 * and batches (which only remember SQL), and {@code DataSource.getConnection} (kind {@code pool}).
 *
 * <p>Exactly once: every timed call goes one level deeper on its thread ({@link ThreadRecorder#jdbcDepth}) and only the
 * outermost one records, so a statement seen through a pool proxy, a hand-written wrapper, or a driver calling its own
 * {@code execute*} counts once. When the outermost object never saw its SQL (a wrapper built around an already prepared
 * statement), the id of an inner statement is used.
 *
 * <p>These methods never throw: the woven code has no handler of its own, so whatever fails in here is counted
 * ({@link AgentErrors#adviceError}) and never reaches the application. A failed {@link #enter} answers 0, which the
 * exits take for "no time known"; a failed {@link #recorder} answers null, which both take for "record nothing".
 *
 * <p>Called on application threads: no locks; no allocation on executions once a key is known (a prepared statement's
 * id is a field read, a plain statement's SQL is a cache hit). Preparation and batch building may allocate on the
 * first sight of a SQL text.
 */
public final class JdbcTimings {

    private static volatile JdbcKeys keys;

    private JdbcTimings() {
    }

    /** The core's resolver; null stops recording. */
    public static void install(JdbcKeys resolver) {
        keys = resolver;
    }

    /**
     * First call of every timed JDBC probe: the calling thread's recorder, which the woven code keeps in a local and
     * passes to {@link #enter} and to the exit, so the thread's recorder is looked up once per call rather than on
     * entry and again on exit (on H2's statement path the second lookup cost ~15 ns). {@code null} when it cannot be
     * had, which the others take for "record nothing".
     */
    public static Object recorder() {
        try {
            return Recorders.current();
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
            return null;
        }
    }

    /**
     * Entry of every timed JDBC call, with what {@link #recorder} answered; returns the start time
     * ({@link Clock#now()}). Only the outermost call reads the clock: the nested ones of wrappers and pool proxies are
     * never recorded, so they cost just the depth count.
     */
    public static long enter(Object recorder) {
        try {
            return recorder != null && ((ThreadRecorder) recorder).jdbcDepth++ == 0 ? Clock.now() : 0L;
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
            return 0L;
        }
    }

    /** Exit of {@code execute()/executeQuery()/executeUpdate()/executeLargeUpdate()} without SQL argument. */
    public static void exitStatement(Object statement, Object threadRecorder, long start, boolean error) {
        try {
            if (threadRecorder == null) {
                return;
            }
            ThreadRecorder recorder = (ThreadRecorder) threadRecorder;
            int id = JdbcState.keyId(statement);
            if (leave(recorder)) {
                rememberInner(recorder, id);
                return;
            }
            record(recorder, outermostId(recorder, id), start, Clock.now(), error, -1L);
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
        }
    }

    /** Exit of an {@code execute*(String sql, ...)}: the id comes from the SQL text (bounded cache). */
    public static void exitSql(String sql, Object threadRecorder, long start, boolean error) {
        try {
            if (threadRecorder == null) {
                return;
            }
            ThreadRecorder recorder = (ThreadRecorder) threadRecorder;
            long end = leaveOutermost(recorder);
            JdbcKeys resolver = keys;
            if (end != 0L && resolver != null) {
                record(recorder, resolver.sqlId(sql), start, end, error, -1L);
            }
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
        }
    }

    /**
     * Exit of {@code executeBatch()/executeLargeBatch()}; {@code counts} is the returned {@code int[]} or
     * {@code long[]} (one entry per batched command), null when the batch failed.
     */
    public static void exitBatch(Object statement, Object counts, Object threadRecorder, long start,
                                 boolean error) {
        try {
            long end = Clock.now(); // before the batch's key is worked out, which may take a moment
            if (threadRecorder == null) {
                return;
            }
            int batchSize = counts instanceof int[] ints ? ints.length : counts instanceof long[] longs ? longs.length : -1;
            ThreadRecorder recorder = (ThreadRecorder) threadRecorder;
            Object batch = JdbcState.batch(statement);
            int id = JdbcState.keyId(statement);
            JdbcKeys resolver = keys;
            if (batch != null) {
                JdbcState.batch(statement, null); // executing a batch empties it, at every wrapper level
                if (resolver != null) {
                    id = resolver.batchId(batch);
                }
            } else if (id < 0 && batchSize == 0 && resolver != null) {
                id = resolver.batchId(null); // a plain statement's empty batch: no SQL to name, but not unknown
            }
            if (leave(recorder)) {
                rememberInner(recorder, id); // a pool proxy's own batch state may already be gone: see the inner one
                return;
            }
            id = outermostId(recorder, id);
            record(recorder, id, start, end, error, batchSize >= 0 ? batchSize : -1L);
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
        }
    }

    /** Exit of {@code Connection.prepareStatement/prepareCall(sql, ...)}: ties the SQL's id to the statement. */
    public static void prepared(Object statement, String sql) {
        try {
            JdbcKeys resolver = keys;
            if (statement != null && resolver != null && JdbcState.keyId(statement) < 0) {
                JdbcState.keyId(statement, resolver.sqlId(sql));
            }
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
        }
    }

    /** Exit of {@code Statement.addBatch(String)}. */
    public static void addBatch(Object statement, String sql) {
        try {
            JdbcKeys resolver = keys;
            if (resolver != null) {
                JdbcState.batch(statement, resolver.addBatchSql(JdbcState.batch(statement), sql));
            }
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
        }
    }

    /**
     * Exit of {@code Statement.clearBatch()}. A driver that clears its own batch inside {@code executeBatch} (MySQL
     * Connector/J does) is inside a timed call on this thread: that batch's SQL is still to be read by the batch's
     * exit, which empties it anyway.
     */
    public static void clearBatch(Object statement) {
        try {
            if (Recorders.current().jdbcDepth > 0) {
                return;
            }
            JdbcState.batch(statement, null);
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
        }
    }

    /** Exit of {@code DataSource.getConnection(...)}: the time the application waited for a connection. */
    public static void exitPool(Object dataSource, Object threadRecorder, long start, boolean error) {
        try {
            if (threadRecorder == null) {
                return;
            }
            ThreadRecorder recorder = (ThreadRecorder) threadRecorder;
            long end = leaveOutermost(recorder);
            if (end == 0L) {
                return;
            }
            int id = JdbcState.keyId(dataSource);
            JdbcKeys resolver = keys;
            if (id < 0 && resolver != null) {
                id = resolver.poolId(dataSource); // once per data source: the pool name is known after the first call
                JdbcState.keyId(dataSource, id);
            }
            record(recorder, id, start, end, error, -1L);
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
        }
    }

    /**
     * One level up, for a call that knows its own key: 0 while still inside an outer JDBC call, else the end time (and
     * any inner statement's key is forgotten, this call's own key being the one to record).
     */
    private static long leaveOutermost(ThreadRecorder recorder) {
        if (leave(recorder)) {
            return 0L;
        }
        recorder.jdbcInnerKeyId = 0;
        return Clock.now();
    }

    /** One level up; true while still inside an outer JDBC call. Never below 0, whatever happened before. */
    private static boolean leave(ThreadRecorder recorder) {
        int depth = recorder.jdbcDepth - 1;
        recorder.jdbcDepth = Math.max(depth, 0);
        return depth > 0;
    }

    private static void rememberInner(ThreadRecorder recorder, int id) {
        if (id >= 0 && recorder.jdbcInnerKeyId == 0) {
            recorder.jdbcInnerKeyId = id + 1;
        }
    }

    private static int outermostId(ThreadRecorder recorder, int id) {
        int inner = recorder.jdbcInnerKeyId - 1;
        recorder.jdbcInnerKeyId = 0;
        if (id >= 0) {
            return id;
        }
        if (inner >= 0) {
            return inner;
        }
        JdbcKeys resolver = keys;
        return resolver == null ? -1 : resolver.unknownSqlId();
    }

    /**
     * {@code second}: for kind sql the sample's second value is the batch size (-1: not a batch), never bytes. A start
     * of 0 came from an enter that believed itself nested (a mismatched enter/exit): no time can be given, so nothing
     * is recorded.
     */
    private static void record(ThreadRecorder recorder, int id, long start, long end, boolean error, long second) {
        if (start != 0L) {
            record(recorder, id, Clock.nanos(end - start), error, second);
        }
    }

    /** {@code second}: for kind sql the sample's second value is the batch size (-1: not a batch), never bytes. */
    private static void record(ThreadRecorder recorder, int id, long latency, boolean error, long second) {
        // keys == null after a detach: statement classes that received holder fields cannot be restored by the JVM
        // and keep their advice, which must then record nothing (nobody drains any more)
        if (id >= 0 && keys != null) {
            recorder.record(Samples.pack(id, latency, error), second);
            SlowCalls.checkJdbc(id, latency);
        }
    }
}
