package io.perfagent.agent.instrument;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.pool.TypePool;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * One type-description cache per class loader, shared by every transformation. Matching a class against
 * {@code Type+} patterns or the JDBC interfaces walks its supertypes; without a cache each class loaded re-parses
 * the class files of all its supertypes, which dominates start-up when a framework loads thousands of classes.
 *
 * <p>The cache holds class loaders strongly, so it is emptied at most every {@link #MAX_AGE_NANOS}: a dropped class
 * loader is released within that time (ClassLoaderSafetyIT). Thread-safe.
 */
public final class TypePoolCache {

    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final ConcurrentMap<ClassLoader, TypePool.CacheProvider> CACHES = new ConcurrentHashMap<>();
    private static volatile long lastClearNanos = System.nanoTime();

    private TypePoolCache() {
    }

    public static AgentBuilder.PoolStrategy strategy() {
        return new AgentBuilder.PoolStrategy.WithTypePoolCache.Simple(TypePool.Default.ReaderMode.FAST, CACHES);
    }

    /** Called often (after each drain of the flush thread); empties the cache once it is older than a second. */
    public static void expire() {
        long now = System.nanoTime();
        if (now - lastClearNanos >= MAX_AGE_NANOS) {
            lastClearNanos = now;
            CACHES.clear();
        }
    }
}
