package io.perfagent.agent.instrument.jdbc;

import io.perfagent.bootstrap.JdbcTimings;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isPrimitive;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

/**
 * Weaves every {@code java.sql.Connection} implementation's {@code prepareStatement(sql, ...)} and
 * {@code prepareCall(sql, ...)}: the SQL is resolved to its key id once, there, and tied to the returned statement,
 * so executions never look at the SQL again. Nothing is timed here.
 */
final class ConnectionInstrumentation {

    private ConnectionInstrumentation() {
    }

    /** Built once: making an Advice reads the advice class, too slow to repeat for every woven class. */
    static final AsmVisitorWrapper VISITOR = visitor();

    private static AsmVisitorWrapper visitor() {
        return Advice.to(PrepareAdvice.class).withExceptionHandler(JdbcAdviceErrors.HANDLER)
                .on(not(isAbstract()).and(not(isStatic())).and(namedOneOf("prepareStatement", "prepareCall"))
                        .and(takesArgument(0, String.class))
                        .and(returns(not(isPrimitive()))));
    }

    static final class PrepareAdvice {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void onExit(@Advice.Argument(0) String sql, @Advice.Return Object statement) {
            JdbcTimings.prepared(statement, sql);
        }
    }
}
