package io.perfagent.agent.attach;

import io.perfagent.agent.instrument.MethodTransformer;
import io.perfagent.agent.instrument.SelectionMatchers;
import io.perfagent.core.config.Config;
import io.perfagent.core.config.ConfigChange;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.runtime.AgentRuntime;
import io.perfagent.core.select.MethodPatternParser;
import io.perfagent.core.select.MethodSelector;
import io.perfagent.core.select.ParseResult;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The timing probe on the methods {@code methods.include}/{@code methods.exclude} select. On reload, a class is
 * re-woven only when the set of its selected methods changed (or {@code alloc.enabled} flipped and it has any).
 * Used by one thread at a time (start, reload, detach are serialised by {@link LiveAgent}).
 */
public final class MethodWeaver implements Weaver {

    private volatile MethodSelector current;
    private boolean started;

    @Override
    public String name() {
        return "methods";
    }

    @Override
    public AgentBuilder extend(AgentBuilder builder, Config config, AgentRuntime runtime) {
        if (!started) {
            started = true;
            problems(config).forEach(AgentLog::warn);
            runtime.beforeFinalFlush(this::reportUnmatched);
        }
        MethodSelector selector = selector(config);
        current = selector;
        return selector.isEmpty() ? null
                : MethodTransformer.apply(builder, selector, runtime.registry(), config.bool("alloc.enabled"));
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
            TypeDescription description = TypeDescription.ForLoadedType.of(type);
            Set<String> was = selected(before, description);
            Set<String> now = selected(after, description);
            return allocFlipped ? !(was.isEmpty() && now.isEmpty()) : !was.equals(now);
        };
    }

    @Override
    public List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        problems.addAll(parse(config, "methods.include").warnings());
        problems.addAll(parse(config, "methods.exclude").warnings());
        return problems;
    }

    private static Set<String> selected(MethodSelector selector, TypeDescription type) {
        Set<String> methods = new TreeSet<>();
        if (!selector.isEmpty() && SelectionMatchers.types(selector).matches(type)) {
            for (MethodDescription method : type.getDeclaredMethods().filter(SelectionMatchers.methodsOf(selector, type))) {
                methods.add(method.toString());
            }
        }
        return methods;
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
            selector.unmatchedIncludePatterns().forEach(pattern -> AgentLog.warn(
                    "methods.include pattern \"" + pattern + "\" matched no method during this run"));
        }
    }
}
