package io.perfagent.core.select;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the report key of each selected method: {@code com.example.Svc#find}, with the parameter list added only
 * when several selected overloads of that name in that class would otherwise share the key
 * ({@code com.example.Svc#find(String)}, {@code com.example.Svc#find(String, int)}). Simple type names are used
 * unless they too would collide, then fully qualified ones. Stateless and thread-safe; runs at transformation
 * time, never on the timed path.
 */
public final class KeyNamer {

    private KeyNamer() {
    }

    /** Keys for {@code selected} (all selected methods of one class), in the same order. */
    public static List<String> keys(String className, List<? extends MethodFacts> selected) {
        String owner = className.replace('/', '.');
        Map<String, Integer> overloads = new HashMap<>();
        for (MethodFacts m : selected) {
            overloads.merge(m.name(), 1, Integer::sum);
        }
        Set<String> simpleCollisions = collidingSimpleSignatures(selected, overloads);
        List<String> keys = new ArrayList<>(selected.size());
        for (MethodFacts m : selected) {
            String key = owner + "#" + m.name();
            if (overloads.get(m.name()) > 1) {
                String simple = m.name() + parameters(m, true);
                key = owner + "#" + (simpleCollisions.contains(simple) ? m.name() + parameters(m, false) : simple);
            }
            keys.add(key);
        }
        return keys;
    }

    /** The key of a method known to have no selected overload in its class. */
    public static String key(String className, MethodFacts method) {
        return className.replace('/', '.') + "#" + method.name();
    }

    private static Set<String> collidingSimpleSignatures(List<? extends MethodFacts> selected,
                                                         Map<String, Integer> overloads) {
        Set<String> seen = new HashSet<>();
        Set<String> colliding = new HashSet<>();
        for (MethodFacts m : selected) {
            if (overloads.get(m.name()) > 1) {
                String simple = m.name() + parameters(m, true);
                if (!seen.add(simple)) {
                    colliding.add(simple);
                }
            }
        }
        return colliding;
    }

    private static String parameters(MethodFacts method, boolean simple) {
        StringBuilder out = new StringBuilder("(");
        for (String type : method.parameterTypeNames()) {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(simple ? simpleName(type) : type.replace('$', '.'));
        }
        return out.append(')').toString();
    }

    /** {@code java.util.Map$Entry[]} becomes {@code Map.Entry[]}: the name as it reads in source. */
    static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }
}
