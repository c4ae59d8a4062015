package io.perfagent.agent;

import java.lang.instrument.Instrumentation;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Exports a JDK-internal package to perfagent's own class loader (and its bridge) only
 * ({@link Instrumentation#redefineModule}): the application's modules see nothing new. Stateless.
 */
final class InternalPackages {

    private InternalPackages() {
    }

    /** Exports {@code packageName} of the boot layer's {@code moduleName} to the agent's module. */
    static void exportToAgent(Instrumentation inst, String moduleName, String packageName) {
        export(inst, moduleName, packageName, InternalPackages.class.getModule());
    }

    /**
     * Exports {@code packageName} of the boot layer's {@code moduleName} to {@code targets} only (which may name one
     * module twice: the bridge shares the agent's module when both come from one jar on the class path).
     */
    static void export(Instrumentation inst, String moduleName, String packageName, Module... targets) {
        Module module = ModuleLayer.boot().findModule(moduleName).orElseThrow();
        Set<Module> to = new HashSet<>(Arrays.asList(targets));
        inst.redefineModule(module, Set.of(), Map.of(packageName, to), Map.of(), Set.of(), Map.of());
    }
}
