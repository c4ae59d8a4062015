package io.perfagent.agent.instrument;

import io.perfagent.bootstrap.ThreadAllocation;
import io.perfagent.bootstrap.Timings;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import java.util.function.ToIntBiFunction;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.not;

/**
 * Weaves the timing probe into the methods selected by {@code methods.include}/{@code methods.exclude}: the clock (and
 * the thread's allocated-bytes counter when {@code alloc.enabled}) is read on entry, and one static call with
 * primitives goes to the bootstrap bridge on exit, normal or exceptional. Advice never throws into the application:
 * both ends suppress Throwable and count it ({@link AdviceErrorHandler}).
 */
public final class MethodInstrumentation {

    private final ElementMatcher<? super MethodDescription> methods;
    private final boolean allocation;
    private final Advice.WithCustomMapping mapping;

    public MethodInstrumentation(ElementMatcher<? super MethodDescription> methods, boolean allocation,
                                 ToIntBiFunction<TypeDescription, MethodDescription> keyIds) {
        this.methods = methods;
        this.allocation = allocation;
        this.mapping = Advice.withCustomMapping().bind(new KeyIdMapping(keyIds));
    }

    /** The visitor to apply to a matched type: methods get the exception-aware probe, constructors the plain one. */
    public AsmVisitorWrapper visitor() {
        Advice methodAdvice = mapping.to(allocation ? TimingAllocAdvice.class : TimingAdvice.class)
                .withExceptionHandler(AdviceErrorHandler.INSTANCE);
        Advice constructorAdvice = mapping.to(allocation ? ConstructorAllocAdvice.class : ConstructorAdvice.class)
                .withExceptionHandler(AdviceErrorHandler.INSTANCE);
        return new AsmVisitorWrapper.Compound(
                methodAdvice.on(not(isConstructor()).and(methods)),
                constructorAdvice.on(isConstructor().and(methods)));
    }

    /** Time only. */
    static final class TimingAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long onEnter() {
            return System.nanoTime();
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void onExit(@KeyId int keyId, @Advice.Enter long startNanos, @Advice.Thrown Throwable thrown) {
            Timings.recordTime(keyId, startNanos, thrown != null);
        }
    }

    /** Time and allocated bytes; the counter is read before the clock so its cost stays out of the latency. */
    static final class TimingAllocAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long onEnter(@Advice.Local("perfagentAlloc") long startAllocated) {
            startAllocated = ThreadAllocation.currentThreadAllocatedBytes();
            return System.nanoTime();
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void onExit(@KeyId int keyId, @Advice.Enter long startNanos,
                           @Advice.Local("perfagentAlloc") long startAllocated, @Advice.Thrown Throwable thrown) {
            Timings.recordTimeAndAlloc(keyId, startNanos, startAllocated, thrown != null);
        }
    }

    /** Constructors cannot catch their own exceptions in advice; only normal completion is recorded. */
    static final class ConstructorAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long onEnter() {
            return System.nanoTime();
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void onExit(@KeyId int keyId, @Advice.Enter long startNanos) {
            Timings.recordTime(keyId, startNanos, false);
        }
    }

    static final class ConstructorAllocAdvice {
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long onEnter(@Advice.Local("perfagentAlloc") long startAllocated) {
            startAllocated = ThreadAllocation.currentThreadAllocatedBytes();
            return System.nanoTime();
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void onExit(@KeyId int keyId, @Advice.Enter long startNanos,
                           @Advice.Local("perfagentAlloc") long startAllocated) {
            Timings.recordTimeAndAlloc(keyId, startNanos, startAllocated, false);
        }
    }
}
