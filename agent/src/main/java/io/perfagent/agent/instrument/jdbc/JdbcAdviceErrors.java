package io.perfagent.agent.instrument.jdbc;

import io.perfagent.bootstrap.AgentErrors;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;

/**
 * The handler woven around JDBC advice bodies: a Throwable escaping one is counted by
 * {@link AgentErrors#adviceError(Throwable)} ({@code agent.advice_errors}) and never reaches the application.
 */
final class JdbcAdviceErrors {

    static final Advice.ExceptionHandler HANDLER = create();

    private JdbcAdviceErrors() {
    }

    private static Advice.ExceptionHandler create() {
        try {
            return new Advice.ExceptionHandler.Simple(MethodInvocation.invoke(new MethodDescription.ForLoadedMethod(
                    AgentErrors.class.getMethod("adviceError", Throwable.class))));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
