package io.perfagent.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.perfagent.demo.repository.DemoSchema;
import io.perfagent.demo.repository.SeedData;

/** Opens the connection pool over an in-memory H2 database and loads the schema and seed data into it. */
final class DemoDatabase {

    static final String URL = "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1";
    static final int POOL_SIZE = 4;

    private DemoDatabase() {
    }

    /** A pool over a freshly seeded database; the caller closes it. */
    static HikariDataSource open(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("demo-pool");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            DemoSchema.create(pool);
            SeedData.load(pool);
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }
}
