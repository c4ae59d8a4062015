package io.perfagent.agent.instrument.method;

import io.perfagent.agent.instrument.BridgeVisibility;
import io.perfagent.agent.instrument.MethodCandidates;
import io.perfagent.agent.instrument.GuardedTransformer;
import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.agent.instrument.asm.WarmUpClass;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.registry.KeyRegistry;
import io.perfagent.core.select.KeyNamer;
import io.perfagent.core.select.MethodSelector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The method probe's class file transformer, for classes being defined and for classes retransformed alike (the probe
 * never changes a class's shape). A class goes through three gates, cheapest first: the name and constant pool
 * ({@link MethodCandidates}), then its parsed declarations against the patterns ({@link MethodSelector}), then whether
 * its class loader can see the bootstrap bridge the probe calls ({@link BridgeVisibility}). The selected methods are
 * named ({@link KeyNamer}), registered, and woven with their key ids as constants ({@link ProbeWriter}); failures
 * leave the class as it was ({@link GuardedTransformer}). Thread-safe; runs on whatever thread loads or retransforms a
 * class.
 */
public final class MethodProbeTransformer extends GuardedTransformer {

    static final String KIND = "method";

    private final MethodSelector selector;
    private final KeyRegistry registry;
    private final boolean allocation;
    private final BridgeVisibility bridge = new BridgeVisibility();
    private final Set<String> woven;

    /** {@code woven} receives the internal name of every class this transformer weaves; it must be thread-safe. */
    public MethodProbeTransformer(MethodSelector selector, KeyRegistry registry, boolean allocation,
                                  Set<String> woven) {
        super(new MethodCandidates(selector));
        this.selector = selector;
        this.woven = woven;
        this.registry = registry;
        this.allocation = allocation;
        warmUp();
    }

    @Override
    protected byte[] weave(ClassLoader loader, String name, Class<?> redefined, byte[] classFile) {
        ClassFile type = ClassFile.read(classFile, ClassHeaders.of(loader));
        if (!selector.matchesType(type)) {
            return null;
        }
        if (!bridge.sees(loader)) {
            String loaderType = loader == null ? "the bootstrap class loader" : loader.getClass().getName();
            AgentLog.warnOnce("bridge-invisible-" + loaderType, "cannot instrument " + type.name()
                    + ": its class loader (" + loaderType + ") does not delegate to the application class loader,"
                    + " so it cannot see perfagent; classes of such loaders are left unchanged");
            return null;
        }
        List<DeclaredMethod> selected = selectedMethods(selector, type);
        if (selected.isEmpty()) {
            return null;
        }
        List<String> keys = KeyNamer.keys(type.name(), selected);
        Map<String, Integer> keyIds = new HashMap<>();
        for (int i = 0; i < selected.size(); i++) {
            keyIds.put(selected.get(i).signature(), registry.register(KIND, keys.get(i)));
        }
        byte[] rewritten = ProbeWriter.weave(classFile, keyIds, allocation);
        woven.add(name);
        return rewritten;
    }

    /** The methods of {@code type} that {@code selector} times, in class file order. */
    public static List<DeclaredMethod> selected(MethodSelector selector, ClassFile type) {
        return selector.matchesType(type) ? selectedMethods(selector, type) : List.of();
    }

    private static List<DeclaredMethod> selectedMethods(MethodSelector selector, ClassFile type) {
        List<DeclaredMethod> selected = new ArrayList<>();
        for (DeclaredMethod method : type.methods()) {
            if (selector.matchesMethod(type, method)) {
                selected.add(method);
            }
        }
        return selected;
    }

    /** Reads and weaves {@link WarmUpClass} once, so the classes used here are loaded before the JVM calls. */
    private void warmUp() {
        byte[] warmUp = WarmUpClass.bytes();
        isCandidate(WarmUpClass.NAME, warmUp);
        ClassFile type = ClassFile.read(warmUp, ClassHeaders.of(null));
        type.superTypeNames().iterator().hasNext();
        Map<String, Integer> keyIds = new HashMap<>();
        keyIds.put(type.methods().get(0).signature(), 0);
        ProbeWriter.weave(warmUp, keyIds, allocation);
    }
}
