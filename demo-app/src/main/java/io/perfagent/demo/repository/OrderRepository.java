package io.perfagent.demo.repository;

import io.perfagent.demo.model.NewOrder;
import io.perfagent.demo.model.Order;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Stores and reads orders over plain JDBC; stateless apart from the pool, so safe for any number of threads. */
public class OrderRepository {

    private static final String INSERT =
            "INSERT INTO orders (customer_id, product_id, quantity, total_cents, status) VALUES (?, ?, ?, ?, 'NEW')";

    private final DataSource dataSource;

    public OrderRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores one order and returns the id the database gave it. */
    public long insert(NewOrder order) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, order);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException("inserting an order", e);
        }
    }

    /** Stores many orders in one JDBC batch and returns how many rows were written. */
    public int insertAll(List<NewOrder> orders) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (NewOrder order : orders) {
                bind(insert, order);
                insert.addBatch();
            }
            int written = 0;
            for (int count : insert.executeBatch()) {
                written += Math.max(count, 0);
            }
            return written;
        } catch (SQLException e) {
            throw new DataAccessException("inserting " + orders.size() + " orders", e);
        }
    }

    public Optional<Order> findById(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT " + OrderRows.COLUMNS + " FROM orders WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(OrderRows.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("finding order " + id, e);
        }
    }

    /** The newest orders of one customer, newest first. */
    public List<Order> findRecentByCustomer(int customerId, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + OrderRows.COLUMNS
                     + " FROM orders WHERE customer_id = ? ORDER BY id DESC LIMIT ?")) {
            query.setInt(1, customerId);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                return OrderRows.mapAll(rows);
            }
        } catch (SQLException e) {
            throw new DataAccessException("finding orders of customer " + customerId, e);
        }
    }

    /**
     * Legacy lookup that builds its SQL with the values written in as literals instead of parameters. Kept on
     * purpose: every call yields a different SQL text carrying customer data, the kind of statement a monitoring
     * tool must normalise before reporting it. The status is checked against a fixed set so the literal is safe.
     */
    public List<Order> findByCustomerAndStatusLegacy(int customerId, String status) {
        if (!status.equals("NEW") && !status.equals("SHIPPED")) {
            throw new IllegalArgumentException("unknown order status " + status);
        }
        String sql = "SELECT " + OrderRows.COLUMNS + " FROM orders WHERE customer_id = " + customerId
                + " AND status = '" + status + "' ORDER BY id";
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return OrderRows.mapAll(rows);
        } catch (SQLException e) {
            throw new DataAccessException("finding " + status + " orders of customer " + customerId, e);
        }
    }

    /** Revenue per city over every order: a join plus aggregate over the whole table, the slow query. */
    public Map<String, Long> revenueByCity() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT c.city, SUM(o.total_cents) FROM orders o JOIN customers c ON c.id = o.customer_id"
                             + " GROUP BY c.city ORDER BY SUM(o.total_cents) DESC");
             ResultSet rows = query.executeQuery()) {
            Map<String, Long> revenue = new LinkedHashMap<>();
            while (rows.next()) {
                revenue.put(rows.getString(1), rows.getLong(2));
            }
            return revenue;
        } catch (SQLException e) {
            throw new DataAccessException("summing revenue by city", e);
        }
    }

    public long count() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM orders");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new DataAccessException("counting orders", e);
        }
    }

    private static void bind(PreparedStatement insert, NewOrder order) throws SQLException {
        insert.setInt(1, order.customerId());
        insert.setInt(2, order.productId());
        insert.setInt(3, order.quantity());
        insert.setLong(4, order.totalCents());
    }
}
