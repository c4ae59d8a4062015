package io.perfagent.agent.instrument.jdbc;

import net.bytebuddy.description.type.TypeDescription;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcRolesTest {

    /** Fixtures: abstract, so that they need not implement the JDBC interfaces' methods. */
    abstract static class DriverStatement implements PreparedStatement {
    }

    abstract static class SubStatement extends DriverStatement implements Serializable {
    }

    interface AppStatement extends Statement {
    }

    abstract static class ViaOwnInterface implements AppStatement {
    }

    abstract static class PoolingDataSource implements DataSource, Connection {
    }

    static final class Unrelated implements Runnable {
        @Override
        public void run() {
        }
    }

    private final Map<String, Integer> known = new HashMap<>();

    private int roles(Class<?> type) {
        return JdbcRoles.of(TypeDescription.ForLoadedType.of(type), known);
    }

    @Test
    void findsRolesThroughSuperclassesAndTheApplicationsOwnInterfaces() {
        assertEquals(JdbcRoles.STATEMENT, roles(DriverStatement.class));
        assertEquals(JdbcRoles.STATEMENT, roles(SubStatement.class));
        assertEquals(JdbcRoles.STATEMENT, roles(ViaOwnInterface.class));
        assertEquals(JdbcRoles.DATA_SOURCE | JdbcRoles.CONNECTION, roles(PoolingDataSource.class));
        assertEquals(0, roles(Unrelated.class));
    }

    @Test
    void interfacesAndJdkTypesAreNeverWoven() {
        assertEquals(0, roles(AppStatement.class));
        assertEquals(0, roles(Statement.class));
        assertEquals(0, roles(java.util.ArrayList.class));
    }

    @Test
    void answersAreRememberedForSubclasses() {
        roles(SubStatement.class);
        roles(ViaOwnInterface.class);
        assertEquals(JdbcRoles.STATEMENT, known.get(DriverStatement.class.getName()));
        assertEquals(JdbcRoles.STATEMENT, known.get(AppStatement.class.getName()), "interfaces are remembered too");
        assertTrue(known.containsKey(SubStatement.class.getName()));
        known.put(DriverStatement.class.getName(), JdbcRoles.CONNECTION); // a remembered answer wins over a walk
        known.remove(SubStatement.class.getName());
        assertEquals(JdbcRoles.CONNECTION, roles(SubStatement.class));
    }
}
