package io.perfagent.agent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When a background start decides the application's start-up has settled, from the loaded-class counts it reads. */
class ClassLoadingLullTest {

    /** Feeds the counts in order; returns the index of the read that settled, or -1. */
    private static int settlesAt(int... counts) {
        ClassLoadingLull lull = new ClassLoadingLull();
        for (int i = 0; i < counts.length; i++) {
            if (lull.settledAfter(counts[i])) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aJvmThatLoadsNothingSettlesOnceTheFirstWindowIsFull() {
        assertEquals(ClassLoadingLull.WINDOW_POLLS, settlesAt(900, 900, 900, 900, 900, 900, 900));
    }

    @Test
    void aStartUpLoadingClassesInBulkHasNotSettled() {
        assertEquals(-1, settlesAt(838, 1376, 1607, 1807, 2023, 2116, 2172, 2172, 2333, 2426));
    }

    /** A database seeding its tables: no class loaded for a read or two, then more start-up. */
    @Test
    void aShortLullInsideStartUpIsNotTheEnd() {
        assertEquals(-1, settlesAt(2000, 2100, 2172, 2172, 2172, 2333, 2426, 2500));
    }

    @Test
    void settlesWhenFewerThanTheQuietNumberArrivedOverTheWindow() {
        int quiet = ClassLoadingLull.QUIET_CLASSES;
        // the demo after its first request: a few classes now and then
        assertEquals(8, settlesAt(1800, 2000, 2200, 2426, 2430, 2431, 2433, 2436, 2426 + quiet - 1, 2450));
        assertEquals(-1, settlesAt(2426, 2430, 2431, 2433, 2440, 2426 + quiet), "exactly the quiet number is not quiet");
    }
}
