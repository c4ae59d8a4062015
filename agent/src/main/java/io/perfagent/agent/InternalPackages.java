package io.perfagent.agent;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Set;

/**
 * Exports a JDK-internal package to perfagent's own class loader only ({@link Instrumentation#redefineModule}): the
 * application's modules see nothing new. Stateless.
 */
final class InternalPackages {

    private InternalPackages() {
    }

    /** Exports {@code packageName} of the boot layer's {@code moduleName} to the agent's module. */
    static void exportToAgent(Instrumentation inst, String moduleName, String packageName) {
        Module module = ModuleLayer.boot().findModule(moduleName).orElseThrow();
        Module agent = InternalPackages.class.getModule();
        inst.redefineModule(module, Set.of(), Map.of(packageName, Set.of(agent)), Map.of(), Set.of(), Map.of());
    }
}
