package io.perfagent.agent.instrument.jdbc;

import net.bytebuddy.jar.asm.Opcodes;

/**
 * Which probe ({@link JdbcProbe.Kind}) a method of a class with the given JDBC roles gets, from its name and
 * descriptor: statements' {@code execute}, {@code executeQuery}, {@code executeUpdate} and {@code executeLargeUpdate}
 * with SQL first or without arguments, {@code executeBatch()}, {@code executeLargeBatch()}, {@code addBatch(String)},
 * {@code clearBatch()}; connections' {@code prepareStatement}, {@code prepareCall} (and MySQL's
 * {@code clientPrepareStatement}, {@code serverPrepareStatement}) with SQL first and an object result; data sources'
 * {@code getConnection()} and {@code getConnection(String, String)}. Only public concrete instance methods. Stateless.
 */
final class JdbcMethods {

    private static final String SQL_FIRST = "(Ljava/lang/String;";
    static final String GET_CONNECTION = "getConnection";

    private JdbcMethods() {
    }

    /** The probe for the method, or {@code null}. */
    static JdbcProbe.Kind kindOf(int roles, int access, String name, String descriptor) {
        // JDBC's methods are public: a driver's private or package helper that happens to share a name and take the SQL
        // first (Derby's private execute(String, boolean, ...) behind getGeneratedKeys) is not a statement's call
        if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE)) != 0
                || (access & Opcodes.ACC_PUBLIC) == 0) {
            return null;
        }
        JdbcProbe.Kind kind = null;
        if ((roles & JdbcRoles.STATEMENT) != 0) {
            kind = statement(name, descriptor);
        }
        if (kind == null && (roles & JdbcRoles.CONNECTION) != 0) {
            kind = connection(name, descriptor);
        }
        if (kind == null && (roles & JdbcRoles.DATA_SOURCE) != 0 && isGetConnection(name, descriptor)) {
            kind = JdbcProbe.Kind.GET_CONNECTION;
        }
        return kind;
    }

    /** {@code getConnection()} or {@code getConnection(String, String)}, whatever the declared result type. */
    private static boolean isGetConnection(String name, String descriptor) {
        return name.equals(GET_CONNECTION) && (descriptor.startsWith("()")
                || descriptor.startsWith("(Ljava/lang/String;Ljava/lang/String;)"));
    }

    private static JdbcProbe.Kind statement(String name, String descriptor) {
        switch (name) {
            case "execute":
            case "executeQuery":
            case "executeUpdate":
            case "executeLargeUpdate":
                if (descriptor.startsWith(SQL_FIRST)) {
                    return JdbcProbe.Kind.SQL_EXECUTE;
                }
                return descriptor.startsWith("()") ? JdbcProbe.Kind.EXECUTE : null;
            case "executeBatch":
            case "executeLargeBatch":
                return descriptor.startsWith("()") ? JdbcProbe.Kind.BATCH : null;
            case "addBatch":
                return descriptor.startsWith("(Ljava/lang/String;)") ? JdbcProbe.Kind.ADD_BATCH : null;
            case "clearBatch":
                return descriptor.startsWith("()") ? JdbcProbe.Kind.CLEAR_BATCH : null;
            default:
                return null;
        }
    }

    private static JdbcProbe.Kind connection(String name, String descriptor) {
        // MySQL Connector/J's connections also prepare through clientPrepareStatement and serverPrepareStatement
        boolean prepare = name.equals("prepareStatement") || name.equals("prepareCall")
                || name.equals("clientPrepareStatement") || name.equals("serverPrepareStatement");
        if (!prepare || !descriptor.startsWith(SQL_FIRST)) {
            return null;
        }
        char result = descriptor.charAt(descriptor.indexOf(')') + 1);
        return result == 'L' || result == '[' ? JdbcProbe.Kind.PREPARE : null;
    }
}
