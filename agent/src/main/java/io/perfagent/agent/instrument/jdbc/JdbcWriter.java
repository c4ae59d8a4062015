package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.agent.instrument.asm.ClassRewriter;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.List;
import java.util.Map;

/**
 * Rewrites a class file that plays JDBC roles: a {@link JdbcProbe} in each method {@link JdbcMethods} names, plus,
 * when asked, {@link HolderFields} and the {@link InheritedGetConnection} overrides. For one class file.
 */
final class JdbcWriter extends ClassRewriter {

    private final int roles;
    private final boolean holderFields;
    private final List<InheritedGetConnection.Inherited> overrides;

    JdbcWriter(int roles, boolean holderFields, List<InheritedGetConnection.Inherited> overrides) {
        this.roles = roles;
        this.holderFields = holderFields;
        this.overrides = overrides;
    }

    /**
     * The writer for a class as the transformer weaves it: the probes its roles call for, holder fields on a statement
     * class being defined (or retransformed after being defined with them), overrides for an inherited
     * {@code getConnection}; {@code null} when the class plays no JDBC role.
     *
     * @param redefined  the class being retransformed, {@code null} while it is defined
     * @param knownRoles the roles already worked out for {@code loader}'s classes ({@link RoleCache})
     */
    static JdbcWriter forClass(String internalName, ClassReader reader, ClassLoader loader, Class<?> redefined,
                               Map<String, Integer> knownRoles) {
        int roles = JdbcRoles.of(internalName, ClassHeaders.directSupertypes(reader),
                (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0, ClassHeaders.of(loader), knownRoles);
        if (roles == 0) {
            return null;
        }
        boolean holder = (roles & JdbcRoles.STATEMENT) != 0
                && (redefined == null || HolderFields.declaredBy(redefined));
        List<InheritedGetConnection.Inherited> overrides = (roles & JdbcRoles.DATA_SOURCE) != 0
                ? InheritedGetConnection.find(reader, loader, redefined) : List.of();
        return new JdbcWriter(roles, holder, overrides);
    }

    /** Whether the rewrite changes the class's shape (fields, interfaces, methods), which only a definition may. */
    boolean changesShape() {
        return holderFields || !overrides.isEmpty();
    }

    @Override
    protected boolean probes(int access, String name, String descriptor) {
        return JdbcMethods.kindOf(roles, access, name, descriptor) != null;
    }

    @Override
    protected MethodVisitor probe(MethodVisitor target, int access, String name, String descriptor, int firstFreeSlot,
                                  boolean writesFrames) {
        return new JdbcProbe(target, JdbcMethods.kindOf(roles, access, name, descriptor), firstFreeSlot, writesFrames);
    }

    @Override
    protected ClassVisitor members(ClassVisitor target) {
        ClassVisitor members = target;
        if (!overrides.isEmpty()) {
            members = new InheritedGetConnection(members, overrides);
        }
        if (holderFields) {
            members = new HolderFields(members);
        }
        return members;
    }
}
