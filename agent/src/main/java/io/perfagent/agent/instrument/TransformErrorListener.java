package io.perfagent.agent.instrument;

import io.perfagent.bootstrap.AgentErrors;
import io.perfagent.core.log.AgentLog;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.utility.JavaModule;

/**
 * Counts classes Byte Buddy could not transform ({@code agent.transform_errors}); such a class is left exactly as it
 * was. The first failure of each kind is named once on stderr so a user can tell why a method is missing.
 */
public final class TransformErrorListener extends AgentBuilder.Listener.Adapter {

    @Override
    public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
                        Throwable throwable) {
        AgentErrors.transformError();
        AgentLog.warnOnce("transform-" + throwable.getClass().getName(), "could not instrument " + typeName + " ("
                + throwable.getClass().getSimpleName() + ": " + throwable.getMessage() + "); left unchanged");
    }
}
