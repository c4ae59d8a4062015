package io.perfagent.agent.instrument.jdbc;

import io.perfagent.bootstrap.JdbcTimings;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Times every {@code javax.sql.DataSource} implementation's {@code getConnection()} and
 * {@code getConnection(user, password)} as kind {@code pool}: the wait for a connection that the application feels.
 * A pool's data source calling a driver's data source counts once (the outermost call).
 */
final class DataSourceInstrumentation {

    private DataSourceInstrumentation() {
    }

    /** Built once: making an Advice reads the advice class, too slow to repeat for every woven class. */
    static final AsmVisitorWrapper VISITOR = visitor();

    private static AsmVisitorWrapper visitor() {
        return Advice.to(GetConnectionAdvice.class).withExceptionHandler(JdbcAdviceErrors.HANDLER)
                .on(not(isAbstract()).and(not(isStatic())).and(named("getConnection"))
                        .and(takesArguments(0).or(takesArguments(String.class, String.class))));
    }

    static final class GetConnectionAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long onEnter() {
            return JdbcTimings.enter();
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void onExit(@Advice.This Object dataSource, @Advice.Enter long startNanos,
                           @Advice.Thrown Throwable thrown) {
            JdbcTimings.exitPool(dataSource, startNanos, thrown != null);
        }
    }
}
