package io.perfagent.core.sink.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DropOldestQueueTest {

    @Test
    void aFullQueueDropsTheOldestAndCountsIt() throws InterruptedException {
        DropOldestQueue<Integer> q = new DropOldestQueue<>(3);
        for (int i = 1; i <= 5; i++) {
            q.offer(i);
        }
        assertEquals(3, q.size());
        assertEquals(2, q.dropped());
        assertEquals(3, q.poll(0));
        assertEquals(4, q.poll(0));
        assertEquals(5, q.poll(0));
        assertNull(q.poll(0));
    }

    @Test
    void dropAllCountsWhatWasLeft() {
        DropOldestQueue<String> q = new DropOldestQueue<>(8);
        q.offer("a");
        q.offer("b");
        assertEquals(2, q.dropAll());
        assertEquals(0, q.size());
        assertEquals(2, q.dropped());
    }
}
