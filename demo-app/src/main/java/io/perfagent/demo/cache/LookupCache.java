package io.perfagent.demo.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A small least-recently-used cache in front of a slow lookup. Thread-safe: the map is guarded by this object's
 * lock, but the loader runs outside it so one slow load never blocks readers of other keys; two threads missing
 * the same key may both load it, and the later value wins.
 */
public class LookupCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public LookupCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The cached value for the key, or the loader's answer, which is remembered when present. */
    public Optional<V> getOrLoad(K key, Function<K, Optional<V>> loader) {
        V cached;
        synchronized (this) {
            cached = entries.get(key);
        }
        if (cached != null) {
            hits.increment();
            return Optional.of(cached);
        }
        misses.increment();
        Optional<V> loaded = loader.apply(key);
        loaded.ifPresent(value -> put(key, value));
        return loaded;
    }

    private synchronized void put(K key, V value) {
        entries.put(key, value);
        if (entries.size() > capacity) {
            K eldest = entries.keySet().iterator().next();
            entries.remove(eldest);
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }
}
