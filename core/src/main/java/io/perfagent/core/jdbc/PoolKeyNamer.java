package io.perfagent.core.jdbc;

import java.lang.reflect.Method;

/**
 * Names the {@code pool} key of a {@code javax.sql.DataSource}: its class, plus the pool's name where the data source
 * tells it ({@code getPoolName()} as in HikariCP and Tomcat JDBC, or {@code getDataSourceName()} as in c3p0), e.g.
 * {@code com.zaxxer.hikari.HikariDataSource (orders-pool)}. Runs once per data source; never throws. Thread-safe.
 */
final class PoolKeyNamer {

    private static final String[] NAME_GETTERS = {"getPoolName", "getDataSourceName"};
    private static final int MAX_NAME_LENGTH = 100;

    private PoolKeyNamer() {
    }

    static String keyOf(Object dataSource) {
        String type = dataSource.getClass().getName();
        String name = poolName(dataSource);
        return name == null ? type : type + " (" + name + ")";
    }

    private static String poolName(Object dataSource) {
        for (String getter : NAME_GETTERS) {
            try {
                Method method = dataSource.getClass().getMethod(getter);
                if (method.getReturnType() == String.class) {
                    Object name = method.invoke(dataSource);
                    if (name instanceof String text && !text.isBlank()) {
                        return SqlKeyMaker.cap(text.strip(), MAX_NAME_LENGTH);
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError notThere) {
                // no such getter, or it refused: try the next one
            }
        }
        return null;
    }
}
