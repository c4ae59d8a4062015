package io.perfagent.agent.instrument.jdbc;

import io.perfagent.agent.instrument.BridgeVisibility;
import io.perfagent.agent.instrument.GuardedTransformer;
import io.perfagent.agent.instrument.asm.WarmUpClass;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.Opcodes;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * The JDBC probes' class file transformer ({@code jdbc.enabled}): statements of any driver or pool, connections'
 * {@code prepare*} and data sources' {@code getConnection}, for classes being defined and retransformed alike. A
 * class goes through {@link JdbcCandidates} (its own declarations), then {@link JdbcRoles} (its supertypes), then
 * {@link BridgeVisibility}. New statement classes also get {@link HolderFields} and data sources inheriting
 * {@code getConnection} get {@link InheritedGetConnection} overrides; a retransformation reproduces exactly what the
 * class was defined with (it may not change a class's shape), so classes loaded before the agent keep their state in
 * the bridge's weak tables. Failures leave the class as it was ({@link GuardedTransformer}). Thread-safe.
 */
public final class JdbcProbeTransformer extends GuardedTransformer {

    private final BridgeVisibility bridge = new BridgeVisibility();
    private final RoleCache roles = new RoleCache();
    private final Set<String> woven;
    private final Set<String> reshaped;

    /**
     * @param woven    receives the internal name of every class woven (thread-safe)
     * @param reshaped receives those among them whose shape changed, which a detach cannot restore (thread-safe)
     */
    public JdbcProbeTransformer(Set<String> woven, Set<String> reshaped) {
        super(JdbcCandidates.INSTANCE);
        this.woven = woven;
        this.reshaped = reshaped;
        warmUp();
    }

    /** Reads and weaves {@link WarmUpClass} once, so the classes used here are loaded before the JVM calls. */
    private void warmUp() {
        byte[] warmUp = WarmUpClass.bytes();
        isCandidate(WarmUpClass.NAME, warmUp);
        ClassReader reader = new ClassReader(warmUp);
        JdbcWriter.forClass(WarmUpClass.NAME, reader, null, null, new HashMap<>());
        InheritedGetConnection.find(reader, null, null);
        new JdbcWriter(JdbcRoles.STATEMENT, true, List.of()).rewrite(warmUp);
    }

    @Override
    protected byte[] weave(ClassLoader loader, String name, Class<?> redefined, byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        if ((reader.getAccess() & Opcodes.ACC_INTERFACE) != 0 || !bridge.sees(loader)) {
            return null;
        }
        JdbcWriter writer = JdbcWriter.forClass(name, reader, loader, redefined, roles.forLoader(loader),
                roles.fromSubclasses(loader));
        if (writer == null) {
            return null;
        }
        byte[] rewritten = writer.rewrite(classFile);
        woven.add(name);
        if (writer.changesShape()) {
            reshaped.add(name);
        }
        return rewritten;
    }
}
