package io.perfagent.demo.repository;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A freshly created and seeded in-memory database per call, so tests never see each other's rows. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static DataSource fresh() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DemoSchema.create(dataSource);
        SeedData.load(dataSource);
        return dataSource;
    }
}
