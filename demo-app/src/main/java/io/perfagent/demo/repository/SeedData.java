package io.perfagent.demo.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Fills a fresh schema with customers, products and a history of orders. A fixed seed keeps every run alike,
 * so two runs of the demo can be compared.
 */
public final class SeedData {

    public static final int CUSTOMERS = 300;
    public static final int PRODUCTS = 200;
    public static final int ORDERS = 1_000;

    private static final String[] CITIES = {"Lisbon", "Oslo", "Lyon", "Graz", "Turin", "Ghent", "Porto", "Bergen"};

    private SeedData() {
    }

    public static void load(DataSource dataSource) {
        Random random = new Random(42);
        try (Connection connection = dataSource.getConnection()) {
            insertCustomers(connection);
            insertProducts(connection, random);
            insertOrders(connection, random);
        } catch (SQLException e) {
            throw new DataAccessException("loading seed data", e);
        }
    }

    private static void insertCustomers(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customers (id, name, email, city) VALUES (?, ?, ?, ?)")) {
            for (int id = 1; id <= CUSTOMERS; id++) {
                insert.setInt(1, id);
                insert.setString(2, "Customer " + id);
                insert.setString(3, "customer" + id + "@example.com");
                insert.setString(4, CITIES[id % CITIES.length]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertProducts(Connection connection, Random random) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO products (id, sku, name, price_cents) VALUES (?, ?, ?, ?)")) {
            for (int id = 1; id <= PRODUCTS; id++) {
                insert.setInt(1, id);
                insert.setString(2, String.format("SKU-%05d", id));
                insert.setString(3, "Product " + id);
                insert.setLong(4, 199 + random.nextInt(20_000));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertOrders(Connection connection, Random random) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO orders (customer_id, product_id, quantity, total_cents, status) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ORDERS; i++) {
                int quantity = 1 + random.nextInt(5);
                insert.setInt(1, 1 + random.nextInt(CUSTOMERS));
                insert.setInt(2, 1 + random.nextInt(PRODUCTS));
                insert.setInt(3, quantity);
                insert.setLong(4, quantity * (199L + random.nextInt(20_000)));
                insert.setString(5, i % 7 == 0 ? "SHIPPED" : "NEW");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
