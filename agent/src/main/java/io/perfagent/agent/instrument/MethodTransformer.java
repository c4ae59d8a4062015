package io.perfagent.agent.instrument;

import io.perfagent.core.registry.KeyRegistry;
import io.perfagent.core.select.KeyNamer;
import io.perfagent.core.select.MethodFacts;
import io.perfagent.core.select.MethodSelector;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connects method selection to the agent builder: for each selected type it names the keys of the selected methods
 * (overloads disambiguated across the whole class), registers them, and weaves the probe with the ids as constants.
 * Runs on whatever thread defines the class.
 */
public final class MethodTransformer {

    static final String KIND = "method";

    private MethodTransformer() {
    }

    public static AgentBuilder apply(AgentBuilder builder, MethodSelector selector, KeyRegistry registry,
                                     boolean allocation) {
        return builder.with(PrefilteredTransformer.decorator(new MethodCandidates(selector)))
                .type(new BridgeVisibleTypes(SelectionMatchers.types(selector)))
                .transform((typeBuilder, type, classLoader, module, domain) -> {
                    ElementMatcher.Junction<MethodDescription> methods = SelectionMatchers.methodsOf(selector, type);
                    Map<MethodDescription, String> keys = keysOf(type, methods);
                    MethodInstrumentation probe = new MethodInstrumentation(methods, allocation,
                            (instrumentedType, method) -> registry.register(KIND, keyOf(keys, instrumentedType, method)));
                    return typeBuilder.visit(probe.visitor());
                });
    }

    private static Map<MethodDescription, String> keysOf(TypeDescription type,
                                                         ElementMatcher<? super MethodDescription> methods) {
        MethodList<MethodDescription.InDefinedShape> selected = type.getDeclaredMethods().filter(methods);
        List<MethodFacts> facts = new ArrayList<>(selected.size());
        for (MethodDescription method : selected) {
            facts.add(ByteBuddyFacts.method(method));
        }
        List<String> names = KeyNamer.keys(type.getName(), facts);
        Map<MethodDescription, String> keys = new HashMap<>();
        for (int i = 0; i < selected.size(); i++) {
            keys.put(selected.get(i), names.get(i));
        }
        return keys;
    }

    private static String keyOf(Map<MethodDescription, String> keys, TypeDescription type, MethodDescription method) {
        String key = keys.get(method.asDefined());
        return key != null ? key : KeyNamer.key(type.getName(), ByteBuddyFacts.method(method));
    }
}
