package io.perfagent.demo.repository;

import io.perfagent.demo.model.Order;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Maps result rows whose columns follow {@link #COLUMNS} to {@link Order}s. */
final class OrderRows {

    static final String COLUMNS = "id, customer_id, product_id, quantity, total_cents, status, created_at";

    private OrderRows() {
    }

    static Order map(ResultSet rows) throws SQLException {
        return new Order(rows.getLong(1), rows.getInt(2), rows.getInt(3), rows.getInt(4), rows.getLong(5),
                rows.getString(6), rows.getTimestamp(7).toInstant());
    }

    static List<Order> mapAll(ResultSet rows) throws SQLException {
        List<Order> orders = new ArrayList<>();
        while (rows.next()) {
            orders.add(map(rows));
        }
        return orders;
    }
}
