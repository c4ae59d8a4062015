package io.perfagent.core.registry;

import io.perfagent.bootstrap.Samples;
import io.perfagent.core.log.AgentLog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Assigns the int ids that woven code records with, and maps them back to keys on the flush thread.
 *
 * <p>Cardinality is bounded: once {@code keys.max} keys exist, every new key of a kind shares that kind's overflow key
 * ({@code <other method>}, {@code <other sql>}, ...) and is counted in {@link #keysDropped()}, so memory stays flat
 * whatever the application does; the first overflow of each kind is said once on stderr. Registration happens at
 * class-transformation or statement-preparation time, never per call; lookups by id are lock-free. Thread-safe.
 */
public final class KeyRegistry {

    private final int maxKeys;
    private final Map<String, Integer> idsByKindAndKey = new ConcurrentHashMap<>();
    private final Map<String, Integer> overflowIdsByKind = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<KeyInfo> infos;
    private final AtomicInteger nextId = new AtomicInteger();
    private final AtomicLong keysDropped = new AtomicLong();

    public KeyRegistry(int maxKeys) {
        this.maxKeys = Math.max(1, Math.min(maxKeys, Samples.MAX_KEY_ID - 16));
        this.infos = new AtomicReferenceArray<>(this.maxKeys + 16);
    }

    /** The id for {@code key} of {@code kind}, creating it if there is room, else the kind's overflow id. */
    public int register(String kind, String key, Map<String, String> attributes) {
        String composite = kind + '\u0000' + key;
        Integer existing = idsByKindAndKey.get(composite);
        if (existing != null) {
            return existing;
        }
        if (nextId.get() >= maxKeys) {
            keysDropped.incrementAndGet();
            return overflowId(kind);
        }
        return idsByKindAndKey.computeIfAbsent(composite, k -> allocate(kind, key, attributes));
    }

    public int register(String kind, String key) {
        return register(kind, key, Map.of());
    }

    private int allocate(String kind, String key, Map<String, String> attributes) {
        int id = nextId.getAndIncrement();
        if (id >= maxKeys) {
            keysDropped.incrementAndGet();
            return overflowId(kind);
        }
        infos.set(id, new KeyInfo(id, kind, key, attributes));
        return id;
    }

    private int overflowId(String kind) {
        Integer known = overflowIdsByKind.get(kind);
        if (known != null) {
            return known;
        }
        boolean[] created = new boolean[1];
        int id = overflowIdsByKind.computeIfAbsent(kind, k -> {
            created[0] = true;
            int next = maxKeys + overflowIdsByKind.size();
            infos.set(next, new KeyInfo(next, k, overflowKey(k), Map.of()));
            return next;
        });
        if (created[0]) { // once per kind: from here on the report cannot tell these keys apart
            AgentLog.warn("keys.max (" + maxKeys + ") reached: further " + kind + " keys are counted together under \""
                    + overflowKey(kind) + "\" (keys_dropped in the report counts them); raise keys.max to see them");
        }
        return id;
    }

    private static String overflowKey(String kind) {
        return "<other " + kind + ">";
    }

    /** The key behind an id, or null for an id never handed out. */
    public KeyInfo info(int id) {
        return id >= 0 && id < infos.length() ? infos.get(id) : null;
    }

    public int size() {
        return Math.min(nextId.get(), maxKeys) + overflowIdsByKind.size();
    }

    public long keysDropped() {
        return keysDropped.get();
    }

    /** One past the largest id that can ever be handed out; sizes the aggregator's arrays. */
    public int capacity() {
        return infos.length();
    }
}
