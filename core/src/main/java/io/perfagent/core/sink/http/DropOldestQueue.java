package io.perfagent.core.sink.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * A bounded hand-over from the flush thread to the sender thread. {@link #offer} never waits: when the queue is full
 * the OLDEST element is dropped and counted, because the newest interval is worth more than an old one. The lock is
 * held only for a few field updates, never while sending. Thread-safe.
 */
final class DropOldestQueue<T> {

    private final int capacity;
    private final Deque<T> items = new ArrayDeque<>();
    private long dropped;

    DropOldestQueue(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    synchronized void offer(T item) {
        if (items.size() >= capacity) {
            items.removeFirst();
            dropped++;
        }
        items.addLast(item);
        notifyAll();
    }

    /** The oldest element, waiting at most {@code timeoutNanos} for one; null when none came. */
    synchronized T poll(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (items.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return items.removeFirst();
    }

    /** Wakes a waiting {@link #poll} (e.g. at shutdown). */
    synchronized void wakeUp() {
        notifyAll();
    }

    synchronized int size() {
        return items.size();
    }

    synchronized long dropped() {
        return dropped;
    }

    /** Empties the queue and counts what was in it as dropped; returns how many that was. */
    synchronized int dropAll() {
        int n = items.size();
        items.clear();
        dropped += n;
        return n;
    }
}
