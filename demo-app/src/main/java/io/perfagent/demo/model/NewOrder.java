package io.perfagent.demo.model;

/** An order not yet stored: the database assigns its id and timestamp. */
public record NewOrder(int customerId, int productId, int quantity, long totalCents) {
}
