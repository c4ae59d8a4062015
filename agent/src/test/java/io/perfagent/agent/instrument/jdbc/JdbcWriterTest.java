package io.perfagent.agent.instrument.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixtures.jdbc.ConnectionSource;
import fixtures.jdbc.FakeConnection;
import fixtures.jdbc.FakeStatement;
import fixtures.jdbc.InheritingDataSource;
import io.perfagent.agent.instrument.ClassFiles;
import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.bootstrap.JdbcKeyHolder;
import io.perfagent.bootstrap.JdbcKeys;
import io.perfagent.bootstrap.JdbcTimings;
import io.perfagent.bootstrap.Recorders;
import io.perfagent.bootstrap.SampleConsumer;
import io.perfagent.bootstrap.Samples;
import java.lang.reflect.Method;
import fixtures.jdbc.CoreBackedStatement;
import fixtures.jdbc.FixtureLoader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Weaves fixture statements, connections and data sources as the JDBC transformer does, defines them (so the JVM
 * verifies the woven code and the added members) and checks what reaches the bridge.
 */
class JdbcWriterTest {

    private static final int POOL_ID = 3901;
    private static final int BATCH_ID = 3902;
    private static final int UNKNOWN_ID = 3903;
    private static final int EMPTY_BATCH_ID = 3904;

    private final Map<String, Integer> sqlIds = new HashMap<>();
    private final List<long[]> samples = new ArrayList<>(); // {key id, error, second value}

    @BeforeEach
    void installResolver() {
        drain();
        samples.clear();
        JdbcTimings.install(new JdbcKeys() {
            @Override
            public int sqlId(String rawSql) {
                return sqlIds.computeIfAbsent(rawSql, sql -> 3800 + sqlIds.size());
            }

            @Override
            public int unknownSqlId() {
                return UNKNOWN_ID;
            }

            @Override
            public Object addBatchSql(Object batch, String rawSql) {
                return rawSql;
            }

            @Override
            public int batchId(Object batch) {
                return batch == null ? EMPTY_BATCH_ID : BATCH_ID;
            }

            @Override
            public int poolId(Object dataSource) {
                return POOL_ID;
            }
        });
    }

    @AfterEach
    void removeResolver() {
        JdbcTimings.install(null);
    }

    @Test
    void statementsAreTimedUnderTheirSqlAndErrorsAreKept() throws Exception {
        WovenClasses classes = new WovenClasses();
        PreparedStatement statement = (PreparedStatement) classes.instance(FakeStatement.class);

        assertTrue(statement.execute("select 1"));
        SQLException thrown = assertThrows(SQLException.class, () -> statement.execute("bad sql"));
        assertEquals("syntax error in bad sql", thrown.getMessage());
        drain();

        assertEquals(List.of(List.of((long) sqlIds.get("select 1"), 0L, -1L),
                List.of((long) sqlIds.get("bad sql"), 1L, -1L)), rows());
        assertTrue(statement instanceof JdbcKeyHolder, "a new statement class carries its own key fields");
    }

    @Test
    void preparedStatementsAreTimedUnderTheSqlTheyWerePreparedWith() throws Exception {
        WovenClasses classes = new WovenClasses();
        Connection connection = (Connection) classes.instance(FakeConnection.class);
        classes.load(FakeStatement.class);

        PreparedStatement statement = connection.prepareStatement("select * from orders where id = ?");
        assertNull(statement.executeQuery());
        drain();

        assertEquals(List.of(List.of((long) sqlIds.get("select * from orders where id = ?"), 0L, -1L)), rows());
        assertEquals(sqlIds.get("select * from orders where id = ?") + 1, ((JdbcKeyHolder) statement).perfagent$keyId());
    }

    @Test
    void batchesAreTimedOnceWithTheirSize() throws Exception {
        PreparedStatement statement = (PreparedStatement) new WovenClasses().instance(FakeStatement.class);

        statement.addBatch("insert 1");
        statement.addBatch("insert 2");
        assertEquals(2, statement.executeBatch().length);
        statement.addBatch("insert 3");
        statement.clearBatch();
        assertEquals(0, statement.executeBatch().length);
        drain();

        // the second batch was cleared: this statement, never prepared, has no SQL of its own, and ran an empty batch
        assertEquals(List.of(List.of((long) BATCH_ID, 0L, 2L), List.of((long) EMPTY_BATCH_ID, 0L, 0L)), rows());
    }

    @Test
    void aDataSourceInheritingGetConnectionGetsTimedOverrides() throws Exception {
        WovenClasses classes = new WovenClasses();
        classes.load(ConnectionSource.class);
        DataSource source = (DataSource) classes.instance(InheritingDataSource.class);

        Method declared = source.getClass().getDeclaredMethod("getConnection");
        assertEquals(source.getClass(), declared.getDeclaringClass());
        assertNull(source.getConnection());
        assertThrows(SQLException.class, () -> source.getConnection(null, "secret"));
        drain();

        assertEquals(List.of(List.of((long) POOL_ID, 0L, -1L), List.of((long) POOL_ID, 1L, -1L)), rows());
        assertTrue(InheritedGetConnection.find(new ClassReader(ClassFiles.of(ConnectionSource.class)),
                getClass().getClassLoader(), null).isEmpty(), "a class declaring both gets no overrides");
    }

    /**
     * The transformer as the JVM calls it: a class before its superclass. The statement's public methods live in an
     * abstract base that implements no JDBC interface; the base is woven for the role its subclass passed up.
     */
    @Test
    void aStatementsWorkInheritedFromABaseWithoutJdbcInterfaceIsTimed() throws Exception {
        Set<String> woven = ConcurrentHashMap.newKeySet();
        TransformingLoader loader = new TransformingLoader(new JdbcProbeTransformer(woven, ConcurrentHashMap.newKeySet()));
        Statement statement = (Statement) loader.loadClass(CoreBackedStatement.class.getName())
                .getDeclaredConstructor().newInstance();

        assertEquals(1, statement.executeUpdate("update t set x = 1"));
        assertThrows(SQLException.class, () -> statement.execute("bad sql"));
        assertFalse((Boolean) statement.getClass().getMethod("generatedKeys").invoke(statement));
        drain();

        assertEquals(List.of(List.of((long) sqlIds.get("update t set x = 1"), 0L, -1L),
                List.of((long) sqlIds.get("bad sql"), 1L, -1L)), rows(), "each call once, the private helper not");
        assertEquals(Set.of("fixtures/jdbc/CoreBackedStatement", "fixtures/jdbc/StatementCore"), woven);
        assertFalse(JdbcKeyHolder.class.isAssignableFrom(statement.getClass().getSuperclass()),
                "the base gets probes only: its subclass holds the SQL id");
    }

    private List<List<Long>> rows() {
        List<List<Long>> rows = new ArrayList<>();
        for (long[] sample : samples) {
            rows.add(List.of(sample[0], sample[1], sample[2]));
        }
        return rows;
    }

    private void drain() {
        Recorders.drain(new SampleConsumer() {
            @Override
            public void accept(long packed, long second) {
                samples.add(new long[] {Samples.keyId(packed), Samples.isError(packed) ? 1 : 0, second});
            }

            @Override
            public void acceptUnsampled(int keyId, long calls, long errors) {
                throw new AssertionError("no sample may be lost in this test");
            }

            @Override
            public void acceptCounted(int keyId, boolean secondValue, long bucketValue, long calls) {
                throw new AssertionError("this test reads every call's sample; none may arrive counted");
            }

            @Override
            public void acceptCountedErrors(int keyId, long errors) {
                throw new AssertionError("this test reads every call's sample; none may arrive counted");
            }
        });
    }

    /**
     * Defines the {@code fixtures.jdbc} classes it is asked for, and the superclasses the JVM asks for meanwhile, through
     * a real {@link JdbcProbeTransformer}, with javac's abstract flag taken off the statement it is asked for.
     */
    private static final class TransformingLoader extends FixtureLoader {
        private final JdbcProbeTransformer transformer;

        TransformingLoader(JdbcProbeTransformer transformer) {
            this.transformer = transformer;
        }

        @Override
        protected byte[] define(String name, byte[] original) {
            byte[] woven = transformer.transform(this, name.replace('.', '/'), null, null, original);
            byte[] defined = woven != null ? woven : original;
            return name.equals(CoreBackedStatement.class.getName()) ? WovenClasses.concrete(defined) : defined;
        }
    }

    /**
     * Defines the fixtures woven as the transformer weaves a class being defined (roles from the real hierarchy,
     * holder fields for statements, overrides for inherited {@code getConnection}), with javac's abstract flag taken
     * off. The loader defines them itself so they see each other woven.
     */
    private static final class WovenClasses extends ClassLoader {
        WovenClasses() {
            super(JdbcWriterTest.class.getClassLoader());
        }

        Class<?> load(Class<?> fixture) {
            byte[] original = ClassFiles.of(fixture);
            ClassReader reader = new ClassReader(original);
            int roles = JdbcRoles.of(reader.getClassName(), ClassHeaders.directSupertypes(reader), false,
                    ClassHeaders.of(getParent()), new HashMap<>());
            byte[] woven = original;
            if (roles != 0) {
                woven = new JdbcWriter(roles, (roles & JdbcRoles.STATEMENT) != 0,
                        InheritedGetConnection.find(reader, getParent(), null)).rewrite(original);
            }
            byte[] concrete = concrete(woven);
            return defineClass(fixture.getName(), concrete, 0, concrete.length);
        }

        Object instance(Class<?> fixture) throws ReflectiveOperationException {
            return load(fixture).getDeclaredConstructor().newInstance();
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : super.loadClass(name, resolve);
            }
        }

        private static byte[] concrete(byte[] classFile) {
            ClassReader reader = new ClassReader(classFile);
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    super.visit(version, access & ~Opcodes.ACC_ABSTRACT, name, signature, superName, interfaces);
                }
            }, 0);
            return writer.toByteArray();
        }
    }
}
