package io.perfagent.agent.instrument;

import io.perfagent.core.log.AgentLog;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

import java.security.ProtectionDomain;

/**
 * Selects the types to weave, but only those whose class loader can reach the bridge package
 * {@code io.perfagent.bootstrap} ({@link BridgeVisibility}): woven code calls it, and a class whose loader cannot see
 * it (a plugin loader below the platform loader, an OSGi bundle) would throw NoClassDefFoundError at the application.
 * Such a class is left unchanged, and one line per loader type says why (ClassLoaderSafetyIT). Called on
 * class-loading threads; keeps class loaders only weakly.
 */
public final class BridgeVisibleTypes implements AgentBuilder.RawMatcher {

    private final ElementMatcher<? super TypeDescription> types;
    private final BridgeVisibility bridge = new BridgeVisibility();

    public BridgeVisibleTypes(ElementMatcher<? super TypeDescription> types) {
        this.types = types;
    }

    @Override
    public boolean matches(TypeDescription type, ClassLoader classLoader, JavaModule module,
                           Class<?> classBeingRedefined, ProtectionDomain protectionDomain) {
        if (!types.matches(type)) {
            return false;
        }
        if (bridge.sees(classLoader)) {
            return true;
        }
        String loaderType = classLoader == null ? "the bootstrap class loader" : classLoader.getClass().getName();
        AgentLog.warnOnce("bridge-invisible-" + loaderType, "cannot instrument " + type.getName() + ": its class loader ("
                + loaderType + ") does not delegate to the application class loader, so it cannot see perfagent;"
                + " classes of such loaders are left unchanged");
        return false;
    }
}
