package io.perfagent.agent.attach;

import io.perfagent.agent.Installer;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.AgentBuilder.RedefinitionStrategy;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.util.function.UnaryOperator;

/**
 * A probe woven by a Byte Buddy agent builder ({@link Installer#baseBuilder()}), registered as able to retransform;
 * loaded classes are only retransformed on attach (and by a reload or detach), never at premain, which stays as cheap
 * as a plain install. Restoring is Byte Buddy's reset.
 */
final class ByteBuddyProbe implements Weaver.Installed {

    private final ResettableClassFileTransformer transformer;

    private ByteBuddyProbe(ResettableClassFileTransformer transformer) {
        this.transformer = transformer;
    }

    /** Installs what {@code probe} adds to the base builder; {@code probe} may answer {@code null} (nothing to weave). */
    static ByteBuddyProbe install(Instrumentation inst, boolean retransformLoaded, UnaryOperator<AgentBuilder> probe) {
        AgentBuilder.RedefinitionListenable.WithImplicitDiscoveryStrategy retransforming = Installer.baseBuilder()
                .with(RedefinitionStrategy.RETRANSFORMATION)
                .with(RedefinitionStrategy.BatchAllocator.ForFixedSize.ofSize(50));
        // Retransform-capable either way; without retransformLoaded an empty explicit discovery touches no loaded class.
        AgentBuilder base = (retransformLoaded ? retransforming
                : retransforming.with(new RedefinitionStrategy.DiscoveryStrategy.Explicit()))
                .with(RedefinitionStrategy.Listener.BatchReallocator.splitting());
        AgentBuilder builder = probe.apply(base);
        return builder == null ? null : new ByteBuddyProbe(builder.installOn(inst));
    }

    @Override
    public ClassFileTransformer transformer() {
        return transformer;
    }

    @Override
    public void restore(Instrumentation inst) {
        transformer.reset(inst, RedefinitionStrategy.RETRANSFORMATION,
                RedefinitionStrategy.BatchAllocator.ForFixedSize.ofSize(50),
                RedefinitionStrategy.Listener.BatchReallocator.splitting());
    }
}
