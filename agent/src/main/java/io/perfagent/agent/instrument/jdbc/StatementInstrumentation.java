package io.perfagent.agent.instrument.jdbc;

import io.perfagent.bootstrap.JdbcTimings;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Weaves every {@code java.sql.Statement} implementation: the executions ({@code execute}, {@code executeQuery},
 * {@code executeUpdate}, {@code executeLargeUpdate} with or without SQL and all their overloads, {@code executeBatch},
 * {@code executeLargeBatch}) are timed; {@code addBatch(String)} and {@code clearBatch()} only keep the batch's SQL.
 * Advice passes the statement reference and primitives to {@link JdbcTimings}; it never throws into the application.
 */
final class StatementInstrumentation {

    private static final String[] EXECUTES = {"execute", "executeQuery", "executeUpdate", "executeLargeUpdate"};

    private StatementInstrumentation() {
    }

    /** Built once: making an Advice reads the advice class, too slow to repeat for every woven class. */
    static final AsmVisitorWrapper VISITOR = visitor();

    private static AsmVisitorWrapper visitor() {
        ElementMatcher.Junction<MethodDescription> concrete = not(isAbstract()).and(not(isStatic()));
        return new AsmVisitorWrapper.Compound(
                advice(SqlExecuteAdvice.class).on(concrete.and(namedOneOf(EXECUTES))
                        .and(takesArgument(0, String.class))),
                advice(ExecuteAdvice.class).on(concrete.and(namedOneOf(EXECUTES)).and(takesArguments(0))),
                advice(BatchAdvice.class).on(concrete.and(namedOneOf("executeBatch", "executeLargeBatch"))
                        .and(takesArguments(0))),
                advice(AddBatchAdvice.class).on(concrete.and(named("addBatch")).and(takesArguments(String.class))),
                advice(ClearBatchAdvice.class).on(concrete.and(named("clearBatch")).and(takesArguments(0))));
    }

    private static Advice advice(Class<?> adviceClass) {
        return Advice.to(adviceClass).withExceptionHandler(JdbcAdviceErrors.HANDLER);
    }

    /** A statement's own SQL: {@code execute*(String sql, ...)}. */
    static final class SqlExecuteAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long onEnter() {
            return JdbcTimings.enter();
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void onExit(@Advice.Argument(0) String sql, @Advice.Enter long startNanos,
                           @Advice.Thrown Throwable thrown) {
            JdbcTimings.exitSql(sql, startNanos, thrown != null);
        }
    }

    /** A prepared or callable statement's execution: the SQL was tied to the statement when it was prepared. */
    static final class ExecuteAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long onEnter() {
            return JdbcTimings.enter();
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void onExit(@Advice.This Object statement, @Advice.Enter long startNanos,
                           @Advice.Thrown Throwable thrown) {
            JdbcTimings.exitStatement(statement, startNanos, thrown != null);
        }
    }

    /** {@code executeBatch()} (int[]) and {@code executeLargeBatch()} (long[]): one entry per batched command. */
    static final class BatchAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long onEnter() {
            return JdbcTimings.enter();
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void onExit(@Advice.This Object statement, @Advice.Return Object counts,
                           @Advice.Enter long startNanos, @Advice.Thrown Throwable thrown) {
            JdbcTimings.exitBatch(statement, counts, startNanos, thrown != null);
        }
    }

    static final class AddBatchAdvice {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void onExit(@Advice.This Object statement, @Advice.Argument(0) String sql) {
            JdbcTimings.addBatch(statement, sql);
        }
    }

    static final class ClearBatchAdvice {
        @Advice.OnMethodExit(suppress = Throwable.class)
        static void onExit(@Advice.This Object statement) {
            JdbcTimings.clearBatch(statement);
        }
    }
}
