package io.perfagent.demo.model;

/** A product row with its list price in cents; immutable, safe to share between threads. */
public record Product(int id, String sku, String name, long priceCents) {
}
