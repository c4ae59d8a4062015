package io.perfagent.demo;

import io.perfagent.demo.model.NewOrder;
import io.perfagent.demo.repository.SeedData;
import io.perfagent.demo.service.OrderService;
import io.perfagent.demo.service.PricingService;
import io.perfagent.demo.service.ReportService;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One simulated client request, drawn from a fixed mix: mostly order placement and lookups, some legacy queries,
 * reports and bulk imports. Stateless, so any number of workers may share it.
 */
final class RequestMix {

    private static final ReportService.Format[] FORMATS = ReportService.Format.values();

    private final OrderService orders;
    private final PricingService pricing;
    private final ReportService reports;

    RequestMix(OrderService orders, PricingService pricing, ReportService reports) {
        this.orders = orders;
        this.pricing = pricing;
        this.reports = reports;
    }

    /** Serves one request; may throw the services' {@link IllegalStateException}. */
    void serve(RandomGenerator random) {
        int dice = random.nextInt(100);
        int customer = 1 + random.nextInt(SeedData.CUSTOMERS);
        if (dice < 40) {
            orders.placeOrder(customer, product(random), 1 + random.nextInt(12));
        } else if (dice < 65) {
            orders.findOrder(1 + random.nextInt(SeedData.ORDERS * 2));
        } else if (dice < 80) {
            orders.openOrders(customer);
        } else if (dice < 90) {
            reports.customerStatement(customer, FORMATS[random.nextInt(FORMATS.length)]);
        } else if (dice < 95) {
            pricing.quote(product(random), 1 + random.nextInt(20));
        } else {
            orders.importOrders(partnerFeed(random));
        }
    }

    private static List<NewOrder> partnerFeed(RandomGenerator random) {
        int size = 10 + random.nextInt(11);
        List<NewOrder> feed = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            feed.add(new NewOrder(1 + random.nextInt(SeedData.CUSTOMERS), product(random), 1 + random.nextInt(5), 0));
        }
        return feed;
    }

    private static int product(RandomGenerator random) {
        return 1 + random.nextInt(SeedData.PRODUCTS);
    }
}
