package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.CandidateFilter;
import io.perfagent.agent.instrument.ClassDeclarations;
import io.perfagent.agent.instrument.ConstantPool;
import io.perfagent.core.select.AlwaysExcluded;

import java.nio.charset.StandardCharsets;

/**
 * Which loaded classes the JDBC probes may weave, judged from the class file before any supertype is read: a class
 * needs weaving only when it declares a concrete method the probes time or track ({@code execute*},
 * {@code prepare*}, {@code addBatch}, {@code clearBatch}, {@code getConnection}, with the descriptors
 * {@link JdbcMethods} accepts), or implements a JDBC interface
 * directly (a data source inheriting {@code getConnection} gets timed overrides). Code that only calls those methods
 * (an application's repositories, a database engine's internals) is passed over. A statement subclass with neither
 * keeps its parent's probes and SQL holder. JDK classes (a thread pool's {@code execute}) are never candidates.
 * Stateless; any thread.
 */
final class JdbcCandidates implements CandidateFilter {

    static final JdbcCandidates INSTANCE = new JdbcCandidates();

    private static final byte[][] METHOD_PREFIXES = ascii("execute", "prepare");
    private static final byte[][] METHOD_NAMES = ascii("addBatch", "clearBatch", "getConnection",
            "clientPrepareStatement", "serverPrepareStatement");
    private static final byte[][] INTERFACES = ascii("java/sql/Statement", "java/sql/PreparedStatement",
            "java/sql/CallableStatement", "java/sql/Connection", "javax/sql/DataSource");
    private static final ConstantPool.Utf8Test ADVISED_METHOD = new AdvisedMethod();
    private static final ConstantPool.Utf8Test JDBC_INTERFACE = new JdbcInterface();
    private static final ClassDeclarations.MethodTest PROBED_METHOD = new ProbedMethod();
    private static final ConstantPool.Utf8Test ANY_NAME = new AnyName();
    /**
     * By an entry's first byte, the lengths some name above could have: bit {@code n} for length {@code n}, bit 31 for
     * 31 and longer (where only the prefixes reach).
     */
    private static final int[] LENGTHS_BY_FIRST_BYTE = lengthsByFirstByte();

    private JdbcCandidates() {
    }

    @Override
    public boolean mayTransform(String internalName, byte[] classFile) {
        // JDK classes play no JDBC role for the probes, whatever methods they declare
        // most classes name none of those methods or interfaces anywhere: the pass that maps the constant pool turns
        // them away before their declarations are walked
        // a proxy generated around a data source or connection (Spring's CGLIB, Quarkus's client proxies) would give
        // its generated name to the pool row: the real class behind it is woven and keys it
        return !JdbcRoles.isJdk(internalName) && !AlwaysExcluded.generated(internalName)
                && ClassDeclarations.anyDeclared(classFile, ANY_NAME, JDBC_INTERFACE, ADVISED_METHOD, PROBED_METHOD);
    }

    /** Named classes rather than method references: this runs inside class loading (see {@link CandidateFilter}). */
    private static final class AdvisedMethod implements ConstantPool.Utf8Test {
        @Override
        public boolean test(byte[] classFile, int offset, int length) {
            for (byte[] prefix : METHOD_PREFIXES) {
                if (ConstantPool.startsWith(classFile, offset, length, prefix)) {
                    return true;
                }
            }
            return anyEquals(classFile, offset, length, METHOD_NAMES);
        }
    }

    /**
     * A method some JDBC role would probe ({@link JdbcMethods}): a pool's {@code execute(Runnable)} or a parser's
     * {@code prepareQuery} pass the name test but not this one, so their classes' supertypes are never read.
     */
    private static final class ProbedMethod implements ClassDeclarations.MethodTest {
        @Override
        public boolean test(int access, String name, String descriptor) {
            return JdbcMethods.kindOf(JdbcRoles.ANY, access, name, descriptor) != null;
        }
    }

    /**
     * A method name or interface name the declarations test could pass. Asked of every {@code CONSTANT_Utf8} entry of
     * every class loaded, so the first byte and the length, looked up in one table, decide for nearly all before any
     * comparison: {@code get...} and {@code java/...} entries are everywhere, but few are 13 bytes long or name
     * {@code java/sql}. Kept that small because it runs interpreted at first and C2 compiles what it inlines.
     */
    private static final class AnyName implements ConstantPool.Utf8Test {
        @Override
        public boolean test(byte[] classFile, int offset, int length) {
            if (length == 0) {
                return false;
            }
            int first = classFile[offset];
            if (first < 0 || (LENGTHS_BY_FIRST_BYTE[first] & (1 << Math.min(length, 31))) == 0) {
                return false;
            }
            return first == 'j' ? JDBC_INTERFACE.test(classFile, offset, length)
                    : ADVISED_METHOD.test(classFile, offset, length);
        }
    }

    private static int[] lengthsByFirstByte() {
        int[] lengths = new int[128];
        for (byte[] prefix : METHOD_PREFIXES) {
            for (int length = prefix.length; length <= 31; length++) {
                lengths[prefix[0]] |= 1 << length;
            }
        }
        for (byte[][] names : new byte[][][]{METHOD_NAMES, INTERFACES}) {
            for (byte[] name : names) {
                lengths[name[0]] |= 1 << Math.min(name.length, 31);
            }
        }
        return lengths;
    }

    private static final class JdbcInterface implements ConstantPool.Utf8Test {
        @Override
        public boolean test(byte[] classFile, int offset, int length) {
            return anyEquals(classFile, offset, length, INTERFACES);
        }
    }

    private static boolean anyEquals(byte[] classFile, int offset, int length, byte[][] names) {
        for (byte[] name : names) {
            if (ConstantPool.equals(classFile, offset, length, name)) {
                return true;
            }
        }
        return false;
    }

    private static byte[][] ascii(String... names) {
        byte[][] bytes = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            bytes[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }
}
