package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.agent.instrument.asm.ClassRewriter;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.HashMap;
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

    /** As {@link #forClass(String, ClassReader, ClassLoader, Class, Map, Map)} with no roles passed up yet. */
    static JdbcWriter forClass(String internalName, ClassReader reader, ClassLoader loader, Class<?> redefined,
                               Map<String, Integer> knownRoles) {
        return forClass(internalName, reader, loader, redefined, knownRoles, new HashMap<>());
    }

    /**
     * The writer for a class as the transformer weaves it: the probes its roles call for, holder fields on a statement
     * class being defined (or retransformed after being defined with them), overrides for an inherited
     * {@code getConnection}; {@code null} when the class plays no JDBC role.
     *
     * <p>A class also plays the roles its subclasses passed up: a driver may declare {@code execute*} in an abstract
     * base that implements no JDBC interface, leaving that to the subclass its connections instantiate (sqlite-jdbc's
     * {@code JDBC3Statement} under {@code JDBC4Statement}). The JVM hands a class to the transformer before it loads
     * the superclass, so a class woven here passes its roles up to its superclass, which is woven for them when it is
     * loaded next (a retransformation takes subclasses first: {@code JdbcWeaver}). Such a base gets the probes only,
     * no holder fields: its subclass has them.
     *
     * @param redefined      the class being retransformed, {@code null} while it is defined
     * @param knownRoles     the roles already worked out for {@code loader}'s classes ({@link RoleCache})
     * @param fromSubclasses the roles passed up to {@code loader}'s classes ({@link RoleCache#fromSubclasses})
     */
    static JdbcWriter forClass(String internalName, ClassReader reader, ClassLoader loader, Class<?> redefined,
                               Map<String, Integer> knownRoles, Map<String, Integer> fromSubclasses) {
        boolean isInterface = (reader.getAccess() & Opcodes.ACC_INTERFACE) != 0;
        int own = JdbcRoles.of(internalName, ClassHeaders.directSupertypes(reader), isInterface,
                ClassHeaders.of(loader), knownRoles);
        Integer passedUp = isInterface ? null : fromSubclasses.get(internalName);
        int roles = own | (passedUp != null ? passedUp : 0);
        if (roles == 0) {
            return null;
        }
        String superclass = reader.getSuperName();
        if (superclass != null && !JdbcRoles.isJdk(superclass)) {
            RoleCache.passUp(fromSubclasses, superclass, roles);
        }
        boolean holder = (own & JdbcRoles.STATEMENT) != 0
                && (redefined == null || HolderFields.declaredBy(redefined));
        List<InheritedGetConnection.Inherited> overrides = (own & JdbcRoles.DATA_SOURCE) != 0
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
