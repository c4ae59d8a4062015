package io.perfagent.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SqlKeyCacheTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final Function<String, String> upper = s -> {
        computed.incrementAndGet();
        return s == null ? "NULL" : s.toUpperCase();
    };

    @Test
    void aHitDoesNotComputeAgain() {
        SqlKeyCache<String> cache = new SqlKeyCache<>(10, 100, upper);
        assertEquals("SELECT 1", cache.get("select 1"));
        assertEquals("SELECT 1", cache.get("select 1"));
        assertEquals(1, computed.get());
    }

    @Test
    void neverGrowsPastItsBoundAndStillAnswersWhenFull() {
        SqlKeyCache<String> cache = new SqlKeyCache<>(100, 100, upper);
        for (int i = 0; i < 1_000; i++) {
            assertEquals("SELECT " + i, cache.get("select " + i));
        }
        assertEquals(100, cache.size());
        computed.set(0);
        cache.get("select 999");
        cache.get("select 999");
        assertEquals(2, computed.get(), "a full cache computes on every miss");
        cache.get("select 0");
        assertEquals(2, computed.get(), "entries stored before it filled are still hits");
    }

    @Test
    void longStatementsAndNullAreComputedButNotStored() {
        SqlKeyCache<String> cache = new SqlKeyCache<>(10, 8, upper);
        assertEquals("SELECT A FROM T", cache.get("select a from t"));
        assertEquals("NULL", cache.get(null));
        assertEquals(0, cache.size());
    }

    @Test
    @Timeout(30)
    void manyThreadsNeverPushItPastItsBound() throws Exception {
        SqlKeyCache<String> cache = new SqlKeyCache<>(256, 100, upper);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    boolean allRight = true;
                    for (int i = 0; i < 5_000; i++) {
                        String sql = "select " + ((i * 7 + seed) % 2_000);
                        allRight &= sql.toUpperCase().equals(cache.get(sql));
                    }
                    return allRight;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get(), "every answer is the computed value");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(256, cache.size());
    }

    /** If get held a lock while computing, the second get of the same string would wait for the first: a hang. */
    @Test
    @Timeout(30)
    void noLockIsHeldWhileComputing() throws Exception {
        CountDownLatch insideFirstCompute = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        SqlKeyCache<String> cache = new SqlKeyCache<>(10, 100, s -> {
            if (calls.incrementAndGet() == 1) {
                insideFirstCompute.countDown();
                await(release);
            }
            return s.toUpperCase();
        });
        Thread first = new Thread(() -> cache.get("select 1"), "perfagent-test-blocked");
        first.start();
        await(insideFirstCompute);
        assertEquals("SELECT 1", cache.get("select 1"), "answered while another thread is still computing");
        release.countDown();
        first.join();
        assertEquals(2, calls.get());
        assertEquals(1, cache.size());
    }

    @Test
    void ofSanitizerCachesSanitizedStatements() {
        SqlKeyCache<SanitizedSql> cache = SqlKeyCache.of(new SqlSanitizer());
        SanitizedSql first = cache.get("SELECT * FROM t WHERE id = 42");
        assertEquals("SELECT * FROM t WHERE id = ?", first.key());
        assertTrue(first == cache.get("SELECT * FROM t WHERE id = 42"), "the same stored instance");
        assertEquals(SqlKeyCache.DEFAULT_MAX_ENTRIES, cache.maxEntries());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
