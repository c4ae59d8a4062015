package io.perfagent.agent.attach;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes one kind of probe has woven, across reloads, until a detach: their internal names, and among them those
 * that received new members (fields, methods, interfaces), which the JVM cannot take away again. A detach
 * retransforms the others with the probe's transformer gone; the reshaped ones keep their probes, which the bridge
 * then ignores. The sets are written by transformers on any thread.
 */
final class WovenClasses {

    final Set<String> woven = ConcurrentHashMap.newKeySet();
    final Set<String> reshaped = ConcurrentHashMap.newKeySet();

    /** {@code transformer}, registered, as a probe a detach restores through these sets. */
    Weaver.Installed installed(ClassFileTransformer transformer) {
        return new Weaver.Installed() {
            @Override
            public ClassFileTransformer transformer() {
                return transformer;
            }

            @Override
            public void restore(Instrumentation inst) {
                inst.removeTransformer(transformer);
                LoadedClasses.retransform(inst, LoadedClasses.matching(inst, WovenClasses.this::restorable));
                woven.clear();
                reshaped.clear();
            }
        };
    }

    private boolean restorable(Class<?> type) {
        String name = type.getName().replace('.', '/');
        return woven.contains(name) && !reshaped.contains(name);
    }
}
