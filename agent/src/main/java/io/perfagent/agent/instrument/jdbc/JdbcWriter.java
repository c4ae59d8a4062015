package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.asm.ClassRewriter;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;

import java.util.List;

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
