package io.perfagent.demo.model;

import java.time.Instant;

/** A stored order; immutable, safe to share between threads. */
public record Order(long id, int customerId, int productId, int quantity, long totalCents, String status,
                    Instant createdAt) {
}
