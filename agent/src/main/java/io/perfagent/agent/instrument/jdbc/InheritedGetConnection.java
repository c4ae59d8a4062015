package io.perfagent.agent.instrument.jdbc;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.SuperMethodCall;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

import java.security.ProtectionDomain;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * A data source whose {@code getConnection} is inherited from a base class that is not itself a DataSource (the
 * PostgreSQL driver's {@code PGSimpleDataSource} inherits it from {@code BaseDataSource}) has nothing to weave: the
 * base class was never matched. Such a class gets timed overrides that call the inherited method. Adding methods is
 * possible only while a class is first defined, so this rule takes new classes, and again, identically, those
 * retransformed that were defined with the overrides. Thread-safe.
 */
final class InheritedGetConnection implements AgentBuilder.RawMatcher {

    private final JdbcTypeMatcher types;

    InheritedGetConnection(JdbcTypeMatcher types) {
        this.types = types;
    }

    @Override
    public boolean matches(TypeDescription type, ClassLoader loader, JavaModule module, Class<?> classBeingRedefined,
                           ProtectionDomain domain) {
        if (!types.has(type, loader, JdbcRoles.DATA_SOURCE)) {
            return false;
        }
        boolean inherited = type.getDeclaredMethods().filter(getters()).size() < 2;
        return inherited && (classBeingRedefined == null || declaresBoth(classBeingRedefined));
    }

    private static final Implementation TIMED_SUPER_CALL = Advice.to(DataSourceInstrumentation.GetConnectionAdvice.class)
            .withExceptionHandler(JdbcAdviceErrors.HANDLER)
            .wrap(SuperMethodCall.INSTANCE);

    static DynamicType.Builder<?> add(DynamicType.Builder<?> builder, TypeDescription type) {
        return builder.method(getters().and(not(isDeclaredBy(type))).and(not(isAbstract())))
                .intercept(TIMED_SUPER_CALL);
    }

    private static ElementMatcher.Junction<MethodDescription> getters() {
        return named("getConnection").and(takesArguments(0).or(takesArguments(String.class, String.class)));
    }

    private static boolean declaresBoth(Class<?> type) {
        try {
            type.getDeclaredMethod("getConnection");
            type.getDeclaredMethod("getConnection", String.class, String.class);
            return true;
        } catch (NoSuchMethodException | LinkageError | SecurityException absent) {
            return false;
        }
    }
}
