package io.perfagent.demo;

import io.perfagent.demo.cache.LookupCache;
import io.perfagent.demo.repository.CustomerRepository;
import io.perfagent.demo.repository.OrderRepository;
import io.perfagent.demo.repository.ProductRepository;
import io.perfagent.demo.service.OrderService;
import io.perfagent.demo.service.PaymentGateway;
import io.perfagent.demo.service.PricingService;
import io.perfagent.demo.service.ReportService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import javax.sql.DataSource;

/** Wires repositories, cache and services over one data source, the way a DI container would. */
record DemoServices(OrderService orders, PricingService pricing, ReportService reports) {

    // Smaller than the product table on purpose, so the cache both hits and misses.
    static final int PRODUCT_CACHE_SIZE = 128;

    static DemoServices over(DataSource dataSource) {
        DoubleSupplier chance = () -> ThreadLocalRandom.current().nextDouble();
        OrderRepository orderRepository = new OrderRepository(dataSource);
        CustomerRepository customers = new CustomerRepository(dataSource);
        PricingService pricing = new PricingService(new ProductRepository(dataSource),
                new LookupCache<>(PRODUCT_CACHE_SIZE), chance);
        OrderService orders = new OrderService(orderRepository, customers, pricing, new PaymentGateway(chance));
        return new DemoServices(orders, pricing, new ReportService(orderRepository, customers, chance));
    }

    RequestMix requestMix() {
        return new RequestMix(orders, pricing, reports);
    }
}
