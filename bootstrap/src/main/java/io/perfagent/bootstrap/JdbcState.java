package io.perfagent.bootstrap;

/**
 * Where a JDBC object's key id and batch state live: in the fields of {@link JdbcKeyHolder} when the agent could add
 * them to its class, else in weak identity tables. Reading an id allocates nothing either way. Any thread.
 */
final class JdbcState {

    private static final WeakIdentityTable IDS = new WeakIdentityTable();
    private static final WeakIdentityTable BATCHES = new WeakIdentityTable();

    private JdbcState() {
    }

    /** The object's key id, or -1 when none was recorded for it. */
    static int keyId(Object target) {
        if (target instanceof JdbcKeyHolder holder) {
            return holder.perfagent$keyId() - 1;
        }
        Object id = IDS.get(target);
        return id == null ? -1 : (Integer) id;
    }

    static void keyId(Object target, int id) {
        if (target instanceof JdbcKeyHolder holder) {
            holder.perfagent$keyId(id + 1);
        } else {
            IDS.put(target, id);
        }
    }

    static Object batch(Object target) {
        return target instanceof JdbcKeyHolder holder ? holder.perfagent$batch() : BATCHES.get(target);
    }

    static void batch(Object target, Object batch) {
        if (target instanceof JdbcKeyHolder holder) {
            holder.perfagent$batch(batch);
        } else if (batch != null || BATCHES.get(target) != null) {
            BATCHES.put(target, batch);
        }
    }
}
