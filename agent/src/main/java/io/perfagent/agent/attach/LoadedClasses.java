package io.perfagent.agent.attach;

import io.perfagent.bootstrap.AgentErrors;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.select.AlwaysExcluded;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the already loaded classes a reload must re-weave and retransforms them in small batches; a class the JVM
 * refuses is retried alone so that it cannot keep the rest of its batch unchanged, and is counted in
 * {@code agent.transform_errors}. Called on the thread that reloads.
 */
final class LoadedClasses {

    private static final int BATCH = 50;
    private static final ClassLoader AGENT_LOADER = LoadedClasses.class.getClassLoader();

    private LoadedClasses() {
    }

    static List<Class<?>> matching(Instrumentation inst, Predicate<Class<?>> affected) {
        List<Class<?>> found = new ArrayList<>();
        for (Class<?> type : inst.getAllLoadedClasses()) {
            if (candidate(inst, type) && test(affected, type)) {
                found.add(type);
            }
        }
        return found;
    }

    /**
     * {@code classes}, then the superclasses of theirs that are candidates too and not among them, after all of
     * them (a base further up after the one below it).
     */
    static List<Class<?>> withSuperclassesAfter(Instrumentation inst, List<Class<?>> classes) {
        Set<Class<?>> all = new LinkedHashSet<>(classes);
        for (Class<?> type : classes) {
            for (Class<?> up = type.getSuperclass(); up != null && candidate(inst, up); up = up.getSuperclass()) {
                all.add(up);
            }
        }
        return new ArrayList<>(all);
    }

    private static boolean candidate(Instrumentation inst, Class<?> type) {
        String name = type.getName();
        // never perfagent's own classes, its libraries or the JDK's, which no probe weaves; an application under
        // io.perfagent (the demo) is an application like any other
        return !type.isArray() && !type.isPrimitive() && !type.isHidden()
                && type.getClassLoader() != AGENT_LOADER && !AlwaysExcluded.type(name)
                && inst.isModifiableClass(type);
    }

    private static boolean test(Predicate<Class<?>> affected, Class<?> type) {
        try {
            return affected.test(type);
        } catch (RuntimeException | LinkageError unreadable) {
            return false; // a class whose members cannot be resolved was never woven either
        }
    }

    static void retransform(Instrumentation inst, List<Class<?>> classes) {
        for (int from = 0; from < classes.size(); from += BATCH) {
            List<Class<?>> batch = classes.subList(from, Math.min(classes.size(), from + BATCH));
            try {
                inst.retransformClasses(batch.toArray(new Class<?>[0]));
            } catch (Exception | LinkageError batchFailed) {
                batch.forEach(type -> retransformOne(inst, type));
            }
        }
    }

    private static void retransformOne(Instrumentation inst, Class<?> type) {
        try {
            inst.retransformClasses(type);
        } catch (Exception | LinkageError e) {
            AgentErrors.transformError();
            AgentLog.warnOnce("retransform-" + e.getClass().getName(), "could not re-weave " + type.getName() + " ("
                    + e.getClass().getSimpleName() + "); it keeps its previous code");
        }
    }
}
