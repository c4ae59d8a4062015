package io.perfagent.demo.service;

import io.perfagent.demo.model.NewOrder;
import io.perfagent.demo.model.Order;
import io.perfagent.demo.repository.CustomerRepository;
import io.perfagent.demo.repository.OrderRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Places, imports and looks up orders. Stateless apart from its collaborators, so thread-safe. */
public class OrderService {

    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final PricingService pricing;
    private final PaymentGateway payments;

    public OrderService(OrderRepository orders, CustomerRepository customers, PricingService pricing,
                        PaymentGateway payments) {
        this.orders = orders;
        this.customers = customers;
        this.pricing = pricing;
        this.payments = payments;
    }

    /**
     * Prices, authorises and stores one order; returns its id.
     *
     * @throws IllegalStateException when the price feed is stale (see {@link PricingService})
     */
    public long placeOrder(int customerId, int productId, int quantity) {
        customers.findById(customerId)
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId));
        long total = pricing.quote(productId, quantity);
        payments.authorize(customerId, total);
        return orders.insert(new NewOrder(customerId, productId, quantity, total));
    }

    /** Stores orders that arrive in bulk from a partner feed, priced on the way in; returns how many were stored. */
    public int importOrders(List<NewOrder> incoming) {
        List<NewOrder> priced = new ArrayList<>(incoming.size());
        for (NewOrder order : incoming) {
            long total = quoteWithRetry(order.productId(), order.quantity());
            priced.add(new NewOrder(order.customerId(), order.productId(), order.quantity(), total));
        }
        return orders.insertAll(priced);
    }

    // A partner batch is worth one retry of a stale price; a second failure abandons the whole batch.
    private long quoteWithRetry(int productId, int quantity) {
        try {
            return pricing.quote(productId, quantity);
        } catch (IllegalStateException stale) {
            return pricing.quote(productId, quantity);
        }
    }

    public Optional<Order> findOrder(long orderId) {
        return orders.findById(orderId);
    }

    /** Orders of a customer not yet shipped, through the legacy query. */
    public List<Order> openOrders(int customerId) {
        return orders.findByCustomerAndStatusLegacy(customerId, "NEW");
    }

    public long orderCount() {
        return orders.count();
    }
}
