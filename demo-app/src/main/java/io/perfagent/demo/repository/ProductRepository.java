package io.perfagent.demo.repository;

import io.perfagent.demo.model.Product;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads products over plain JDBC; stateless apart from the pool, so safe for any number of threads. */
public class ProductRepository {

    private final DataSource dataSource;

    public ProductRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Product> findById(int id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id, sku, name, price_cents FROM products WHERE id = ?")) {
            query.setInt(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Product(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getLong(4)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("finding product " + id, e);
        }
    }
}
