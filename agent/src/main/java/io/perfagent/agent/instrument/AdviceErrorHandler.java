package io.perfagent.agent.instrument;

import io.perfagent.bootstrap.AgentErrors;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;

/**
 * What woven code does with a Throwable that escaped an advice body: hands it to
 * {@link AgentErrors#adviceError(Throwable)}, which counts it, instead of dropping it silently. The application never
 * sees it. Shared by every advice.
 */
final class AdviceErrorHandler {

    static final Advice.ExceptionHandler INSTANCE = create();

    private AdviceErrorHandler() {
    }

    private static Advice.ExceptionHandler create() {
        try {
            MethodDescription counter = new MethodDescription.ForLoadedMethod(
                    AgentErrors.class.getMethod("adviceError", Throwable.class));
            return new Advice.ExceptionHandler.Simple(MethodInvocation.invoke(counter));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
