package io.perfagent.demo.service;

import io.perfagent.demo.model.Customer;
import io.perfagent.demo.model.Order;
import io.perfagent.demo.repository.CustomerRepository;
import io.perfagent.demo.repository.OrderRepository;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;

/**
 * Renders customer statements. Written the way reports often are: every call formats the whole history as text,
 * CSV and HTML, then keeps one; a few calls also run the slow revenue-by-city query. The result is a method that
 * allocates hundreds of kilobytes per call. Thread-safe.
 */
public class ReportService {

    static final double REGIONAL_SUMMARY_RATE = 0.02;
    private static final int HISTORY_DAYS = 90;

    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final DoubleSupplier chance;

    /** @param chance uniform numbers in [0, 1); decides which statements include the regional summary */
    public ReportService(OrderRepository orders, CustomerRepository customers, DoubleSupplier chance) {
        this.orders = orders;
        this.customers = customers;
        this.chance = chance;
    }

    /** The formats a statement can be rendered in. */
    public enum Format { TEXT, CSV, HTML }

    /** A customer's recent orders and daily activity, rendered in the given format. */
    public String customerStatement(int customerId, Format format) {
        Customer customer = customers.findById(customerId)
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customerId));
        List<Order> recent = orders.findRecentByCustomer(customerId, 50);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Statement for %s <%s>, %s", customer.name(), customer.email(), customer.city()));
        for (Order order : recent) {
            lines.add(String.format("%10d  product %5d  x%3d  %12.2f  %-8s  %s", order.id(), order.productId(),
                    order.quantity(), order.totalCents() / 100.0, order.status(), order.createdAt()));
        }
        lines.addAll(dailyActivity(recent));
        if (chance.getAsDouble() < REGIONAL_SUMMARY_RATE) {
            orders.revenueByCity().forEach((city, cents) -> lines.add(String.format("%-10s %14.2f", city, cents / 100.0)));
        }
        String csv = String.join("\n", lines).replace("  ", ",");
        String html = "<table><tr><td>" + String.join("</td></tr>\n<tr><td>", lines) + "</td></tr></table>";
        String text = String.join("\n", lines);
        // All three renderings are built and two thrown away: the waste is the point of this report.
        return switch (format) {
            case TEXT -> text;
            case CSV -> csv;
            case HTML -> html;
        };
    }

    private static List<String> dailyActivity(List<Order> recent) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        LocalDate today = LocalDate.now();
        for (int day = 0; day < HISTORY_DAYS; day++) {
            perDay.put(today.minusDays(day), 0L);
        }
        for (Order order : recent) {
            perDay.merge(LocalDate.ofInstant(order.createdAt(), ZoneOffset.UTC), order.totalCents(), Long::sum);
        }
        List<String> lines = new ArrayList<>(perDay.size());
        perDay.forEach((day, cents) -> lines.add(day + "  " + "#".repeat((int) Math.min(60, cents / 2_000))
                + " ".repeat(62) + String.format("%12.2f", cents / 100.0)));
        return lines;
    }
}
