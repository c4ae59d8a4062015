package io.perfagent.demo.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookupCacheTest {

    private final List<String> loads = new ArrayList<>();
    private final LookupCache<String, String> cache = new LookupCache<>(2);

    private Optional<String> load(String key) {
        loads.add(key);
        return key.startsWith("missing") ? Optional.empty() : Optional.of(key.toUpperCase());
    }

    @Test
    void secondLookupIsAHit() {
        assertEquals(Optional.of("A"), cache.getOrLoad("a", this::load));
        assertEquals(Optional.of("A"), cache.getOrLoad("a", this::load));

        assertEquals(List.of("a"), loads);
        assertEquals(1, cache.hits());
        assertEquals(1, cache.misses());
    }

    @Test
    void leastRecentlyUsedEntryIsEvicted() {
        cache.getOrLoad("a", this::load);
        cache.getOrLoad("b", this::load);
        cache.getOrLoad("a", this::load); // a is now more recent than b
        cache.getOrLoad("c", this::load); // evicts b
        cache.getOrLoad("a", this::load);
        cache.getOrLoad("b", this::load);

        assertEquals(List.of("a", "b", "c", "b"), loads);
        assertEquals(2, cache.size());
    }

    @Test
    void absentValuesAreNotRemembered() {
        assertTrue(cache.getOrLoad("missing", this::load).isEmpty());
        cache.getOrLoad("missing", this::load);

        assertEquals(2, loads.size());
        assertEquals(0, cache.size());
    }
}
