package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.asm.ClassHeaders;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which JDBC roles a class plays — statement, connection, data source — found by walking its supertypes' class files.
 * JDK types are answered by name alone (only the JDBC interfaces themselves count), and the application's supertypes
 * from the {@link RoleCache}, so this rarely reads another class file. A supertype that cannot be read adds nothing.
 * Stateless; any thread.
 */
final class JdbcRoles {

    static final int STATEMENT = 1;
    static final int CONNECTION = 2;
    static final int DATA_SOURCE = 4;
    /** Every role: what a class may play before its supertypes are known. */
    static final int ANY = STATEMENT | CONNECTION | DATA_SOURCE;

    private static final Map<String, Integer> ROLES = Map.of(
            "java/sql/Statement", STATEMENT,
            "java/sql/PreparedStatement", STATEMENT,
            "java/sql/CallableStatement", STATEMENT,
            "java/sql/Connection", CONNECTION,
            "javax/sql/DataSource", DATA_SOURCE);
    private static final String[] JDK_PREFIXES = {"java.", "javax.", "jdk.", "sun.", "com.sun."};

    private JdbcRoles() {
    }

    /**
     * The roles of a class, 0 for JDK types and everything unrelated to JDBC (interfaces included: only classes
     * are woven); {@code known} holds the answers for the same class loader, by internal name, and receives this one.
     *
     * @param internalName     the class's name, {@code com/example/Foo}
     * @param directSupertypes its superclass and interfaces, internal names ({@link ClassHeaders#directSupertypes})
     * @param headers          where supertypes further up are read
     */
    static int of(String internalName, String[] directSupertypes, boolean isInterface, ClassHeaders headers,
                  Map<String, Integer> known) {
        try {
            if (isJdk(internalName)) {
                return 0;
            }
            Integer cached = known.get(internalName);
            int roles = cached != null ? cached : walk(directSupertypes, headers, known, new HashSet<>());
            if (cached == null) {
                RoleCache.remember(known, internalName, roles);
            }
            return isInterface ? 0 : roles;
        } catch (RuntimeException | LinkageError unreadable) {
            return 0;
        }
    }

    private static int walk(String[] supertypes, ClassHeaders headers, Map<String, Integer> known, Set<String> seen) {
        int roles = 0;
        for (String supertype : supertypes) {
            roles |= supertype(supertype, headers, known, seen);
        }
        return roles;
    }

    private static int supertype(String name, ClassHeaders headers, Map<String, Integer> known, Set<String> seen) {
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
        int roles = walk(headers.supertypes(name), headers, known, seen); // an unreadable class adds nothing
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
