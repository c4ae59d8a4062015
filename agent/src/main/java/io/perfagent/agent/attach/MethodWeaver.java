package io.perfagent.agent.attach;

import io.perfagent.agent.instrument.asm.ClassBytes;
import io.perfagent.agent.instrument.asm.ClassHeaders;
import io.perfagent.agent.instrument.method.ClassFile;
import io.perfagent.agent.instrument.method.DeclaredMethod;
import io.perfagent.agent.instrument.method.MethodProbeTransformer;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.runtime.AgentRuntime;
import io.perfagent.core.select.MethodPatternParser;
import io.perfagent.core.select.MethodSelector;
import io.perfagent.core.select.ParseResult;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The timing probe on the methods {@code methods.include}/{@code methods.exclude} select ({@link MethodProbeTransformer}).
 * On attach, the loaded classes with selected methods are retransformed; on reload, a class is re-woven only when the
 * set of its selected methods changed (or {@code alloc.enabled} flipped and it has any); a detach restores every class
 * any of its transformers wove. Used by one thread at a time (start, reload, detach are serialised by
 * {@link LiveAgent}).
 */
public final class MethodWeaver implements Weaver {

    private final WovenClasses classes = new WovenClasses();
    private volatile MethodSelector current;
    private boolean started;

    @Override
    public String name() {
        return "methods";
    }

    @Override
    public Installed install(Instrumentation inst, Config config, AgentRuntime runtime, boolean retransformLoaded) {
        ParseResult include = parse(config, "methods.include");
        ParseResult exclude = parse(config, "methods.exclude"); // each parsed once: this runs in premain
        if (!started) {
            started = true;
            for (String problem : problems(include, exclude)) {
                AgentLog.warn(problem);
            }
            runtime.beforeFinalFlush(this::reportUnmatched);
        }
        MethodSelector selector = MethodSelector.of(include.patterns(), exclude.patterns());
        current = selector;
        if (selector.isEmpty()) {
            return null;
        }
        MethodProbeTransformer transformer = new MethodProbeTransformer(selector, runtime.registry(),
                config.bool("alloc.enabled"), classes.woven);
        inst.addTransformer(transformer, true);
        if (retransformLoaded) {
            LoadedClasses.retransform(inst, LoadedClasses.matching(inst, type -> selects(selector, type)));
        }
        return classes.installed(transformer);
    }

    @Override
    public Predicate<Class<?>> reweave(ConfigChange change) {
        if (!change.changedAny("methods.include", "methods.exclude", "alloc.enabled")) {
            return null;
        }
        MethodSelector before = selector(change.before());
        MethodSelector after = selector(change.after());
        boolean allocFlipped = change.changedAny("alloc.enabled");
        return type -> {
            if (!before.mayMatchType(type.getName()) && !after.mayMatchType(type.getName())) {
                return false;
            }
            ClassFile file = classFileOf(type);
            if (file == null) {
                return true; // cannot tell from here: retransform, and the transformer decides
            }
            Set<String> was = selected(before, file);
            Set<String> now = selected(after, file);
            return allocFlipped ? !(was.isEmpty() && now.isEmpty()) : !was.equals(now);
        };
    }

    @Override
    public List<String> problems(Config config) {
        return problems(parse(config, "methods.include"), parse(config, "methods.exclude"));
    }

    private static List<String> problems(ParseResult include, ParseResult exclude) {
        List<String> problems = new ArrayList<>(include.warnings());
        problems.addAll(exclude.warnings());
        return problems;
    }

    /** Whether {@code selector} times any method of the loaded class {@code type} (true when that cannot be told). */
    private static boolean selects(MethodSelector selector, Class<?> type) {
        if (!selector.mayMatchType(type.getName())) {
            return false;
        }
        ClassFile file = classFileOf(type);
        return file == null || !selected(selector, file).isEmpty();
    }

    private static Set<String> selected(MethodSelector selector, ClassFile type) {
        Set<String> methods = new TreeSet<>();
        for (DeclaredMethod method : MethodProbeTransformer.selected(selector, type)) {
            methods.add(method.signature());
        }
        return methods;
    }

    /** The class file of a loaded class as its class loader serves it; {@code null} when it has none. */
    private static ClassFile classFileOf(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        byte[] classFile = ClassBytes.of(loader, type.getName().replace('.', '/'));
        try {
            return classFile == null ? null : ClassFile.read(classFile, ClassHeaders.of(loader));
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static MethodSelector selector(Config config) {
        return MethodSelector.of(parse(config, "methods.include").patterns(), parse(config, "methods.exclude").patterns());
    }

    private static ParseResult parse(Config config, String key) {
        return MethodPatternParser.parse(key, config.list(key));
    }

    private void reportUnmatched() {
        MethodSelector selector = current;
        if (selector != null) {
            selector.unmatchedIncludePatterns().forEach(pattern -> AgentLog.warn(unmatched(pattern)));
        }
    }

    /** The line for an include that selected nothing; a subtype pattern says what it cannot reach. */
    static String unmatched(String pattern) {
        String line = "methods.include pattern \"" + pattern + "\" matched no method during this run";
        boolean subtypes = pattern.contains("+");
        return subtypes ? line + " (it selects the classes that extend or implement the type; an interface"
                + " implemented only by generated proxies, such as a Spring Data repository, has none to time)" : line;
    }
}
