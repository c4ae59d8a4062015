package io.perfagent.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeakIdentityTableTest {

    @Test
    void findsValuesByIdentityNotEquality() {
        WeakIdentityTable table = new WeakIdentityTable();
        String a = new String("same");
        String b = new String("same");
        table.put(a, 1);
        assertEquals(1, table.get(a));
        assertNull(table.get(b), "an equal but different object is another key");
        table.put(b, 2);
        table.put(a, 3);
        assertEquals(3, table.get(a));
        assertEquals(2, table.get(b));
    }

    @Test
    void growsForLiveKeysAndKeepsFindingThem() {
        WeakIdentityTable table = new WeakIdentityTable();
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Object key = new Object();
            keys.add(key);
            table.put(key, i);
        }
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(i, table.get(keys.get(i)));
        }
    }

    @Test
    void collectedKeysDoNotKeepTheTableLarge() throws InterruptedException {
        WeakIdentityTable table = new WeakIdentityTable();
        List<Object> survivors = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 10_000; i++) {
                table.put(new Object(), i); // garbage as soon as it is in
            }
            survivors.add(new Object());
            table.put(survivors.get(survivors.size() - 1), -round);
            System.gc();
            Thread.sleep(5);
        }
        assertTrue(table.capacity() <= 65_536, "500,000 dead keys left a table of " + table.capacity());
        for (int round = 0; round < survivors.size(); round++) {
            assertEquals(-round, table.get(survivors.get(round)));
        }
    }
}
