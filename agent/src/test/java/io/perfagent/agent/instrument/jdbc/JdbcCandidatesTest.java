package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.ClassFiles;
import org.junit.jupiter.api.Test;
import sample.candidates.JdbcFixtures;

import java.io.IOException;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JDBC class-load filter against every class that two real drivers and a real pool ship: it may only reject a
 * class the JDBC probes would leave alone, and it should reject most classes.
 */
class JdbcCandidatesTest {

    @Test
    void neverRejectsAClassTheProbesWouldWeave() throws Exception {
        for (Class<?> anchor : List.of(org.h2.Driver.class, com.zaxxer.hikari.HikariDataSource.class,
                org.postgresql.Driver.class)) {
            int classes = 0;
            int rejected = 0;
            List<String> missed = new ArrayList<>();
            for (String name : classesInJarOf(anchor)) {
                Class<?> type = load(name, anchor.getClassLoader());
                if (type == null) {
                    continue;
                }
                classes++;
                boolean candidate = JdbcCandidates.INSTANCE.mayTransform(name.replace('.', '/'), ClassFiles.of(type));
                if (!candidate) {
                    rejected++;
                    if (wouldBeWoven(type)) {
                        missed.add(name);
                    }
                }
            }
            assertEquals(List.of(), missed, "classes of " + anchor.getName() + "'s jar the filter wrongly rejected");
            assertTrue(rejected > classes / 2, anchor.getName() + "'s jar: rejected only " + rejected + " of " + classes);
        }
    }

    @Test
    void acceptsEachSignalOnItsOwn() {
        for (Class<?> fixture : List.of(JdbcFixtures.OnlyExecute.class, JdbcFixtures.OnlyAddBatch.class,
                JdbcFixtures.OnlyClearBatch.class, JdbcFixtures.OnlyPrepare.class,
                JdbcFixtures.InheritedGetConnection.class, JdbcFixtures.BaseStatement.class)) {
            assertTrue(wouldBeWoven(fixture), "fixture " + fixture.getSimpleName());
            assertTrue(JdbcCandidates.INSTANCE.mayTransform(ClassFiles.internalName(fixture), ClassFiles.of(fixture)),
                    fixture.getSimpleName());
        }
        assertFalse(JdbcCandidates.INSTANCE.mayTransform(ClassFiles.internalName(JdbcFixtures.NothingDeclared.class),
                ClassFiles.of(JdbcFixtures.NothingDeclared.class)));
    }

    /** Each JDBC interface, implemented directly by a class declaring nothing, is enough on its own. */
    @Test
    void acceptsEachJdbcInterfaceOnItsOwn() {
        for (Class<?> implementer : List.of(ImplementsStatement.class, ImplementsPrepared.class,
                ImplementsCallable.class, ImplementsConnection.class, ImplementsDataSource.class)) {
            assertTrue(wouldBeWoven(implementer), implementer.getSimpleName());
            assertTrue(JdbcCandidates.INSTANCE.mayTransform(ClassFiles.internalName(implementer),
                    ClassFiles.of(implementer)), implementer.getSimpleName());
        }
    }

    abstract static class ImplementsStatement implements Statement {
    }

    abstract static class ImplementsPrepared implements java.sql.PreparedStatement {
    }

    abstract static class ImplementsCallable implements java.sql.CallableStatement {
    }

    abstract static class ImplementsConnection implements Connection {
    }

    abstract static class ImplementsDataSource implements DataSource {
    }

    /** A generated proxy around a data source is passed over: the pool row is keyed by the real class behind it. */
    @Test
    void rejectsProxiesGeneratedAroundADataSource() {
        byte[] dataSource = ClassFiles.of(ImplementsDataSource.class);
        for (String proxy : List.of("io/agroal/api/AgroalDataSource_83v3mgZs_Synthetic_ClientProxy",
                "com/acme/Config$$SpringCGLIB$$0")) {
            assertFalse(JdbcCandidates.INSTANCE.mayTransform(proxy, dataSource), proxy);
        }
        assertTrue(JdbcCandidates.INSTANCE.mayTransform("com/acme/PoolDataSource", dataSource));
    }

    /** Calling execute*, prepare* or addBatch (every repository does) is no reason to describe a class. */
    @Test
    void rejectsCodeThatOnlyCallsJdbc() {
        assertFalse(JdbcCandidates.INSTANCE.mayTransform(ClassFiles.internalName(JdbcFixtures.CallsJdbc.class),
                ClassFiles.of(JdbcFixtures.CallsJdbc.class)));
    }

    /** A pool's {@code execute(Runnable)} or a parser's {@code prepareQuery}: names alike, no method a probe weaves. */
    @Test
    void rejectsMethodsNamedLikeJdbcThatNoProbeWeaves() {
        for (Class<?> lookalike : List.of(TaskPool.class, QueryParser.class)) {
            assertFalse(wouldBeWoven(lookalike), lookalike.getSimpleName());
            assertFalse(JdbcCandidates.INSTANCE.mayTransform(ClassFiles.internalName(lookalike),
                    ClassFiles.of(lookalike)), lookalike.getSimpleName());
        }
    }

    static final class TaskPool {
        public void execute(Runnable task) {
            task.run();
        }

        public Object getConnection(int index) {
            return index;
        }
    }

    static final class QueryParser {
        public Object prepareQuery(String sql) {
            return sql.trim();
        }

        public int executeUpdate(Object command) {
            return command.hashCode();
        }
    }

    @Test
    void rejectsClassesWithNothingToDoWithJdbc() {
        assertFalse(JdbcCandidates.INSTANCE.mayTransform("java/lang/String", ClassFiles.of(String.class)));
        assertFalse(JdbcCandidates.INSTANCE.mayTransform("java/util/ArrayList", ClassFiles.of(java.util.ArrayList.class)));
        assertFalse(JdbcCandidates.INSTANCE.mayTransform("java/util/concurrent/ThreadPoolExecutor",
                ClassFiles.of(java.util.concurrent.ThreadPoolExecutor.class)), "a JDK class, execute() or not");
    }

    /**
     * Plays a JDBC role, is a class, and declares a method the probe for that role weaves (or implements a JDBC
     * interface itself): the roles from reflection, the method from its modifiers, name and descriptor.
     */
    private static boolean wouldBeWoven(Class<?> type) {
        int roles = (Statement.class.isAssignableFrom(type) ? JdbcRoles.STATEMENT : 0)
                | (Connection.class.isAssignableFrom(type) ? JdbcRoles.CONNECTION : 0)
                | (DataSource.class.isAssignableFrom(type) ? JdbcRoles.DATA_SOURCE : 0);
        if (type.isInterface() || roles == 0) {
            return false;
        }
        for (Class<?> direct : type.getInterfaces()) {
            if (direct.getName().startsWith("java.sql.") || direct.getName().startsWith("javax.sql.")) {
                return true;
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            String descriptor = MethodType.methodType(method.getReturnType(), method.getParameterTypes())
                    .toMethodDescriptorString();
            if (JdbcMethods.kindOf(roles, method.getModifiers(), method.getName(), descriptor) != null) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError optionalDependencyMissing) {
            return null;
        }
    }

    private static List<String> classesInJarOf(Class<?> anchor) throws IOException, URISyntaxException {
        Path jar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")) {
                    names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        return names;
    }
}
