package io.perfagent.agent.instrument.jdbc;

import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which JDBC roles a class plays — statement, connection, data source — found by walking its supertypes. JDK types
 * are answered by name alone (only the JDBC interfaces themselves count), and the application's supertypes from the
 * {@link RoleCache}, so this — which runs for every class the application loads — rarely reads another class file.
 * A supertype that cannot be read adds nothing. Stateless; any thread.
 */
final class JdbcRoles {

    static final int STATEMENT = 1;
    static final int CONNECTION = 2;
    static final int DATA_SOURCE = 4;

    private static final Map<String, Integer> ROLES = Map.of(
            "java.sql.Statement", STATEMENT,
            "java.sql.PreparedStatement", STATEMENT,
            "java.sql.CallableStatement", STATEMENT,
            "java.sql.Connection", CONNECTION,
            "javax.sql.DataSource", DATA_SOURCE);
    private static final String[] JDK_PREFIXES = {"java.", "javax.", "jdk.", "sun.", "com.sun."};

    private JdbcRoles() {
    }

    /**
     * The roles of a class, 0 for JDK types and everything unrelated to JDBC (interfaces included: only classes
     * are woven); {@code known} holds the answers for the same class loader and receives this one.
     */
    static int of(TypeDescription type, Map<String, Integer> known) {
        try {
            String name = type.getName();
            if (isJdk(name)) {
                return 0;
            }
            Integer cached = known.get(name);
            int roles = cached != null ? cached : walk(type, known, new HashSet<>());
            if (cached == null) {
                RoleCache.remember(known, name, roles);
            }
            return type.isInterface() ? 0 : roles;
        } catch (RuntimeException | LinkageError unreadable) {
            return 0;
        }
    }

    private static int walk(TypeDefinition type, Map<String, Integer> known, Set<String> seen) {
        int roles = 0;
        try {
            TypeDescription.Generic superClass = type.getSuperClass();
            if (superClass != null) {
                roles |= supertype(superClass.asErasure(), known, seen);
            }
            for (TypeDescription.Generic anInterface : type.getInterfaces()) {
                roles |= supertype(anInterface.asErasure(), known, seen);
            }
        } catch (RuntimeException | LinkageError unreadable) {
            // this branch of the hierarchy stays unknown
        }
        return roles;
    }

    private static int supertype(TypeDescription type, Map<String, Integer> known, Set<String> seen) {
        String name = type.getName();
        Integer role = ROLES.get(name);
        if (role != null) {
            return role;
        }
        if (isJdk(name) || !seen.add(name)) {
            return 0;
        }
        Integer cached = known.get(name);
        if (cached != null) {
            return cached;
        }
        int roles = walk(type, known, seen);
        RoleCache.remember(known, name, roles);
        return roles;
    }

    /** True for a JDK class; {@code name} may be binary ({@code java.sql.X}) or internal ({@code java/sql/X}). */
    static boolean isJdk(String name) {
        for (String prefix : JDK_PREFIXES) {
            if (startsWithPackage(name, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithPackage(String name, String prefix) {
        if (name.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = name.charAt(i);
            char p = prefix.charAt(i);
            if (c != p && !(c == '/' && p == '.')) {
                return false;
            }
        }
        return true;
    }
}
