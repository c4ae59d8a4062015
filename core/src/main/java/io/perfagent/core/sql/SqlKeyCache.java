package io.perfagent.core.sql;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Remembers a value computed once per raw SQL string (normally its {@link SanitizedSql}) so that statements
 * prepared again and again are sanitized once. Bounded: it never holds more than {@code maxEntries} entries, and
 * strings longer than {@code maxRawLength} are never stored, so its memory is bounded too. When full it simply
 * stops adding and computes on every miss; statements built with inline literals therefore cannot grow it.
 *
 * <p>Thread-safe for any number of application threads. No lock is held while computing: two threads missing
 * the same string at once may both compute, and the first stored value wins.
 */
public final class SqlKeyCache<V> {

    public static final int DEFAULT_MAX_ENTRIES = 4096;
    public static final int DEFAULT_MAX_RAW_LENGTH = 8192;

    private final ConcurrentHashMap<String, V> entries = new ConcurrentHashMap<>();
    private final AtomicInteger reserved = new AtomicInteger();
    private final int maxEntries;
    private final int maxRawLength;
    private final Function<String, ? extends V> compute;

    /** @param compute must return non-null and be safe to call from many threads at once */
    public SqlKeyCache(int maxEntries, int maxRawLength, Function<String, ? extends V> compute) {
        this.maxEntries = Math.max(0, maxEntries);
        this.maxRawLength = Math.max(0, maxRawLength);
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** A cache of {@code sanitizer}'s results with the default bounds. */
    public static SqlKeyCache<SanitizedSql> of(SqlSanitizer sanitizer) {
        return new SqlKeyCache<>(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_RAW_LENGTH, sanitizer::sanitize);
    }

    public V get(String rawSql) {
        if (rawSql == null) {
            return compute.apply(null);
        }
        V value = entries.get(rawSql);
        if (value != null) {
            return value;
        }
        value = compute.apply(rawSql);
        return value != null && rawSql.length() <= maxRawLength ? store(rawSql, value) : value;
    }

    /** Reserve a slot before inserting, so racing threads can never push the map past its bound. */
    private V store(String rawSql, V value) {
        if (reserved.get() >= maxEntries) {
            return value;
        }
        if (reserved.incrementAndGet() > maxEntries) {
            reserved.decrementAndGet();
            return value;
        }
        V earlier = entries.putIfAbsent(rawSql, value);
        if (earlier != null) {
            reserved.decrementAndGet();
            return earlier;
        }
        return value;
    }

    public int size() {
        return entries.size();
    }

    public int maxEntries() {
        return maxEntries;
    }
}
