package io.perfagent.demo.service;

import io.perfagent.demo.cache.LookupCache;
import io.perfagent.demo.model.Product;
import io.perfagent.demo.repository.ProductRepository;
import java.util.function.DoubleSupplier;

/**
 * Prices an order line from the product's list price, through a cache in front of the product table. The upstream
 * price feed is flaky: {@value #STALE_FEED_RATE} of quotes fail with an {@link IllegalStateException} that callers
 * are expected to catch. Thread-safe.
 */
public class PricingService {

    static final double STALE_FEED_RATE = 0.05;

    private final ProductRepository products;
    private final LookupCache<Integer, Product> cache;
    private final DoubleSupplier chance;

    /** @param chance uniform numbers in [0, 1); decides when the price feed is stale */
    public PricingService(ProductRepository products, LookupCache<Integer, Product> cache, DoubleSupplier chance) {
        this.products = products;
        this.cache = cache;
        this.chance = chance;
    }

    /** Price in cents of {@code quantity} units, with 5% off from ten units up. */
    public long quote(int productId, int quantity) {
        Product product = cache.getOrLoad(productId, products::findById)
                .orElseThrow(() -> new IllegalArgumentException("no product " + productId));
        if (chance.getAsDouble() < STALE_FEED_RATE) {
            throw new IllegalStateException("price feed for " + product.sku() + " is stale");
        }
        long gross = product.priceCents() * quantity;
        return quantity >= 10 ? gross - gross / 20 : gross;
    }
}
