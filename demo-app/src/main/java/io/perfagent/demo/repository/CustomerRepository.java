package io.perfagent.demo.repository;

import io.perfagent.demo.model.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads customers over plain JDBC; stateless apart from the pool, so safe for any number of threads. */
public class CustomerRepository {

    private final DataSource dataSource;

    public CustomerRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Customer> findById(int id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id, name, email, city FROM customers WHERE id = ?")) {
            query.setInt(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Customer(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("finding customer " + id, e);
        }
    }

    public int count() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM customers");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new DataAccessException("counting customers", e);
        }
    }
}
