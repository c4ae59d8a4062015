package io.perfagent.agent.instrument;

/**
 * Marks the threads on which one of perfagent's transformers is at work. A class loaded by that thread meanwhile (the
 * JDK's own classes, the agent's, a supertype read through the application's class loader), which the agent never
 * weaves, is passed over untouched by every perfagent transformer: re-entering would ask the JVM for a class it is in
 * the middle of loading, and the ClassCircularityError that follows would reach the application. Thread-safe.
 */
public final class TransformGuard {

    /** Per thread: is a transformation already running below this call? */
    private static final ThreadLocal<boolean[]> BUSY = new ThreadLocal<>() {
        @Override
        protected boolean[] initialValue() {
            return new boolean[1];
        }
    };

    private TransformGuard() {
    }

    /** The calling thread's flag, created now if needed (call once before the JVM may call a transformer). */
    public static boolean[] flag() {
        return BUSY.get();
    }
}
