package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.CandidateFilter;
import io.perfagent.agent.instrument.ConstantPool;

import java.nio.charset.StandardCharsets;

/**
 * Which loaded classes the JDBC probes may weave, judged from the constant pool before Byte Buddy resolves any
 * hierarchy: a class needs weaving only when it declares a method the probes time or track ({@code execute*},
 * {@code prepare*}, {@code addBatch}, {@code clearBatch}, {@code getConnection}), or implements a JDBC interface
 * directly (a data source inheriting {@code getConnection} gets timed overrides). Either puts the name in the constant
 * pool. A statement subclass with neither keeps its parent's probes and SQL holder. JDK classes (a thread pool's
 * {@code execute}) are never candidates. Stateless; any thread.
 */
final class JdbcCandidates implements CandidateFilter {

    static final JdbcCandidates INSTANCE = new JdbcCandidates();

    private static final byte[][] PREFIXES = ascii("execute", "prepare");
    private static final byte[][] NAMES = ascii("addBatch", "clearBatch", "getConnection",
            "java/sql/Statement", "java/sql/PreparedStatement", "java/sql/CallableStatement", "java/sql/Connection",
            "javax/sql/DataSource");
    private static final ConstantPool.Utf8Test MENTIONS_JDBC = new MentionsJdbc();

    private JdbcCandidates() {
    }

    @Override
    public boolean mayTransform(String internalName, byte[] classFile) {
        // JDK classes play no JDBC role for the probes, whatever methods they declare
        return !JdbcRoles.isJdk(internalName) && ConstantPool.anyUtf8(classFile, MENTIONS_JDBC);
    }

    /** A named class rather than a method reference: this runs inside class loading (see {@link CandidateFilter}). */
    private static final class MentionsJdbc implements ConstantPool.Utf8Test {
        @Override
        public boolean test(byte[] classFile, int offset, int length) {
            return mentionsJdbc(classFile, offset, length);
        }
    }

    private static boolean mentionsJdbc(byte[] classFile, int offset, int length) {
        for (byte[] prefix : PREFIXES) {
            if (ConstantPool.startsWith(classFile, offset, length, prefix)) {
                return true;
            }
        }
        for (byte[] name : NAMES) {
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
