package io.perfagent.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;

/**
 * A map from objects (by identity) to values that never keeps its keys alive: the fallback store of JDBC state for
 * classes the agent could not give a field. Open addressing with linear probing, at most half full.
 *
 * <p>Reads are lock-free and allocation-free (any thread, e.g. on every statement execution); writes take this
 * table's lock and are rare (once per prepared statement or data source). Entries whose key was collected are never
 * removed one by one, which keeps probe chains intact; the table is rebuilt without them when it fills up, so its
 * size follows the number of live keys.
 */
final class WeakIdentityTable {

    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(Entry[].class);
    private static final int MIN_CAPACITY = 64;

    private volatile Entry[] table = new Entry[MIN_CAPACITY];
    /** Slots in use, live or cleared; guarded by this. */
    private int used;

    private static final class Entry extends WeakReference<Object> {
        final int hash;
        volatile Object value;

        Entry(Object key, int hash, Object value) {
            super(key);
            this.hash = hash;
            this.value = value;
        }
    }

    Object get(Object key) {
        Entry[] slots = table;
        int mask = slots.length - 1;
        for (int i = System.identityHashCode(key) & mask; ; i = (i + 1) & mask) {
            Entry entry = (Entry) SLOTS.getAcquire(slots, i);
            if (entry == null) {
                return null;
            }
            if (entry.get() == key) {
                return entry.value;
            }
        }
    }

    synchronized void put(Object key, Object value) {
        int hash = System.identityHashCode(key);
        Entry[] slots = table;
        int mask = slots.length - 1;
        int i = hash & mask;
        for (Entry entry = slots[i]; entry != null; entry = slots[i]) {
            if (entry.get() == key) {
                entry.value = value;
                return;
            }
            i = (i + 1) & mask;
        }
        SLOTS.setRelease(slots, i, new Entry(key, hash, value));
        if (++used * 2 > slots.length) {
            rebuild(slots);
        }
    }

    /** Copies the live entries into a table sized for them; readers keep using the old one until the swap. */
    private void rebuild(Entry[] old) {
        int live = 0;
        for (Entry entry : old) {
            if (entry != null && entry.get() != null) {
                live++;
            }
        }
        int capacity = Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, live)) << 2);
        Entry[] fresh = new Entry[capacity];
        int mask = capacity - 1;
        for (Entry entry : old) {
            if (entry != null && entry.get() != null) {
                int i = entry.hash & mask;
                while (fresh[i] != null) {
                    i = (i + 1) & mask;
                }
                fresh[i] = entry;
            }
        }
        used = live;
        table = fresh;
    }

    /** Slots currently allocated; for tests of the bound. */
    synchronized int capacity() {
        return table.length;
    }
}
