package io.perfagent.demo.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.demo.model.NewOrder;
import io.perfagent.demo.model.Order;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {

    private final OrderRepository orders = new OrderRepository(TestDatabase.fresh());

    @Test
    void seedDataIsLoaded() {
        assertEquals(SeedData.ORDERS, orders.count());
    }

    @Test
    void insertedOrderReadsBack() {
        long id = orders.insert(new NewOrder(7, 11, 3, 4_500));

        Order stored = orders.findById(id).orElseThrow();
        assertEquals(List.of(7, 11, 3, 4_500L, "NEW"),
                List.of(stored.customerId(), stored.productId(), stored.quantity(), stored.totalCents(), stored.status()));
    }

    @Test
    void missingOrderIsEmpty() {
        assertTrue(orders.findById(999_999).isEmpty());
    }

    @Test
    void batchInsertWritesEveryRow() {
        int written = orders.insertAll(List.of(new NewOrder(1, 1, 1, 100), new NewOrder(2, 2, 2, 200),
                new NewOrder(3, 3, 3, 300)));

        assertEquals(3, written);
        assertEquals(SeedData.ORDERS + 3, orders.count());
    }

    @Test
    void legacyQueryFindsTheSameOrdersAsTheParameterisedOne() {
        int customer = 5;
        orders.insert(new NewOrder(customer, 1, 1, 100));
        List<Long> expected = orders.findRecentByCustomer(customer, 1_000).stream()
                .filter(order -> order.status().equals("NEW")).map(Order::id).sorted().collect(Collectors.toList());

        List<Long> legacy = orders.findByCustomerAndStatusLegacy(customer, "NEW").stream().map(Order::id).toList();

        assertEquals(expected, legacy);
    }

    @Test
    void legacyQueryRefusesAStatusItCannotQuoteSafely() {
        assertThrows(IllegalArgumentException.class, () -> orders.findByCustomerAndStatusLegacy(1, "x' OR '1'='1"));
    }

    @Test
    void revenueByCityAddsUpToEveryOrder() {
        long total = 0;
        for (int customer = 1; customer <= SeedData.CUSTOMERS; customer++) {
            total += orders.findRecentByCustomer(customer, 1_000).stream().mapToLong(Order::totalCents).sum();
        }

        long byCity = orders.revenueByCity().values().stream().mapToLong(Long::longValue).sum();

        assertEquals(total, byCity);
    }
}
