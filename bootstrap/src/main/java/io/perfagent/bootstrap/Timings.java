package io.perfagent.bootstrap;

/**
 * The static entry points that woven method advice calls. Called on application threads: must not block, lock or
 * allocate (beyond a thread's first call, which registers its recorder).
 *
 * <p>The woven code reads the clock ({@link Clock#now()}) and the allocation counter itself on entry and passes only
 * primitives here: the key id bound as a constant when the class was transformed, the start time (in the clock's unit)
 * and the start allocation. These methods
 * never throw: the woven code has no handler of its own, so whatever fails in here is counted
 * ({@link AgentErrors#adviceError}) and never reaches the application.
 */
public final class Timings {

    /**
     * Test-only switch ({@code -Dperfagent.test.fail-advice=true}) that makes every probe throw, to prove advice errors
     * are swallowed and counted. A static final constant: the JIT folds it away when off.
     */
    private static final boolean FAIL_FOR_TEST = Boolean.getBoolean("perfagent.test.fail-advice");

    private Timings() {
    }

    /** Exit of a method timed without allocation tracking. */
    public static void recordTime(int keyId, long start, boolean error) {
        try {
            long latency = Clock.nanos(Clock.now() - start);
            if (FAIL_FOR_TEST) {
                throw new IllegalStateException("perfagent.test.fail-advice");
            }
            Recorders.current().record(Samples.pack(keyId, latency, error));
            SlowCalls.check(keyId, latency);
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
        }
    }

    /** Exit of a method timed with allocation tracking; {@code startAllocated} is -1 when no sample was possible. */
    public static void recordTimeAndAlloc(int keyId, long start, long startAllocated, boolean error) {
        try {
            long latency = Clock.nanos(Clock.now() - start);
            if (FAIL_FOR_TEST) {
                throw new IllegalStateException("perfagent.test.fail-advice");
            }
            long allocated = -1L;
            if (startAllocated >= 0) {
                long end = ThreadAllocation.currentThreadAllocatedBytes();
                if (end >= startAllocated) {
                    allocated = end - startAllocated;
                }
            }
            Recorders.current().record(Samples.pack(keyId, latency, error), allocated);
            SlowCalls.check(keyId, latency);
        } catch (Throwable t) {
            AgentErrors.adviceError(t);
        }
    }
}
