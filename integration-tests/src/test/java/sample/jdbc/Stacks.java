package sample.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import sample.jdbc.wrap.WrappingConnection;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database stacks the JDBC tests run on: {@code h2} and {@code pg} (the drivers' own data sources),
 * {@code h2-hikari} and {@code pg-hikari} (HikariCP in front), and {@code wrapped} (H2 behind two hand-written
 * wrapper levels). PostgreSQL is found through -Dsample.pg.url, -Dsample.pg.user and -Dsample.pg.password.
 */
public final class Stacks {

    private final String name;
    private final DataSource dataSource;

    private Stacks(String name, DataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    public static Stacks open(String name, int poolSize) {
        return switch (name) {
            case "h2", "wrapped" -> new Stacks(name, h2());
            case "pg" -> new Stacks(name, pg());
            case "h2-hikari" -> new Stacks(name, hikari("jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1", "sa", "", poolSize));
            case "pg-hikari" -> new Stacks(name, hikari(pgUrl(), pgUser(), pgPassword(), poolSize));
            default -> throw new IllegalArgumentException("unknown stack " + name);
        };
    }

    public boolean isPostgres() {
        return name.startsWith("pg");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** One {@code DataSource.getConnection()} (wrapped twice on the {@code wrapped} stack). */
    public Connection connect() throws SQLException {
        Connection connection = dataSource.getConnection();
        return name.equals("wrapped") ? new WrappingConnection(new WrappingConnection(connection)) : connection;
    }

    public void close() {
        if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    private static DataSource pg() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(pgUrl());
        pg.setUser(pgUser());
        pg.setPassword(pgPassword());
        return pg;
    }

    private static DataSource hikari(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("sample-pool");
        return new HikariDataSource(config);
    }

    private static String pgUrl() {
        return System.getProperty("sample.pg.url", "jdbc:postgresql://127.0.0.1:5432/perfagent");
    }

    private static String pgUser() {
        return System.getProperty("sample.pg.user", "perfagent");
    }

    private static String pgPassword() {
        return System.getProperty("sample.pg.password", "perfagent");
    }
}
