package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.ClassFiles;
import io.perfagent.agent.instrument.asm.ClassHeaders;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.Opcodes;
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
        ClassReader reader = new ClassReader(ClassFiles.of(type));
        return JdbcRoles.of(reader.getClassName(), ClassHeaders.directSupertypes(reader),
                (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0, ClassHeaders.of(type.getClassLoader()), known);
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
        assertEquals(JdbcRoles.STATEMENT, known.get(ClassFiles.internalName(DriverStatement.class)));
        assertEquals(JdbcRoles.STATEMENT, known.get(ClassFiles.internalName(AppStatement.class)),
                "interfaces are remembered too");
        assertTrue(known.containsKey(ClassFiles.internalName(SubStatement.class)));
        known.put(ClassFiles.internalName(DriverStatement.class), JdbcRoles.CONNECTION); // remembered wins over a walk
        known.remove(ClassFiles.internalName(SubStatement.class));
        assertEquals(JdbcRoles.CONNECTION, roles(SubStatement.class));
    }
}
