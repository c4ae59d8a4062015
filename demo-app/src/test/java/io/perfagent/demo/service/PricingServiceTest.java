package io.perfagent.demo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.perfagent.demo.cache.LookupCache;
import io.perfagent.demo.model.Product;
import io.perfagent.demo.repository.ProductRepository;
import io.perfagent.demo.repository.TestDatabase;
import org.junit.jupiter.api.Test;

class PricingServiceTest {

    private final ProductRepository products = new ProductRepository(TestDatabase.fresh());
    private final LookupCache<Integer, Product> cache = new LookupCache<>(8);
    private final long listPrice = products.findById(3).orElseThrow().priceCents();

    @Test
    void quotesListPriceTimesQuantity() {
        PricingService pricing = new PricingService(products, cache, () -> 0.5);

        assertEquals(listPrice * 4, pricing.quote(3, 4));
    }

    @Test
    void tenUnitsOrMoreGetFivePercentOff() {
        PricingService pricing = new PricingService(products, cache, () -> 0.5);

        assertEquals(listPrice * 10 - listPrice * 10 / 20, pricing.quote(3, 10));
    }

    @Test
    void staleFeedThrowsIllegalState() {
        PricingService pricing = new PricingService(products, cache, () -> PricingService.STALE_FEED_RATE / 2);

        assertThrows(IllegalStateException.class, () -> pricing.quote(3, 1));
    }

    @Test
    void repeatedQuotesHitTheCache() {
        PricingService pricing = new PricingService(products, cache, () -> 0.5);
        pricing.quote(3, 1);
        pricing.quote(3, 2);

        assertEquals(1, cache.misses());
        assertEquals(1, cache.hits());
    }
}
