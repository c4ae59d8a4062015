package io.perfagent.core.select;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Method facts written as in a test table: {@code "public static synthetic find(java.lang.String,int)"};
 * {@code <init>} makes a constructor.
 */
record FakeMethod(String name, int modifiers, List<String> parameterTypeNames, List<String> annotationNames)
        implements MethodFacts {

    private static final Map<String, Integer> FLAGS = Map.of(
            "public", AccessFlags.PUBLIC, "protected", AccessFlags.PROTECTED, "private", AccessFlags.PRIVATE,
            "static", AccessFlags.STATIC, "abstract", AccessFlags.ABSTRACT, "native", AccessFlags.NATIVE,
            "synthetic", AccessFlags.SYNTHETIC, "bridge", AccessFlags.BRIDGE);

    static FakeMethod parse(String spec, List<String> annotations) {
        String[] words = spec.substring(0, spec.indexOf('(')).trim().split("\\s+");
        int modifiers = 0;
        for (int i = 0; i < words.length - 1; i++) {
            Integer flag = FLAGS.get(words[i]);
            if (flag == null) {
                throw new IllegalArgumentException("unknown modifier in test table: " + words[i]);
            }
            modifiers |= flag;
        }
        String inside = spec.substring(spec.indexOf('(') + 1, spec.lastIndexOf(')')).trim();
        List<String> params = inside.isEmpty() ? List.of() : Arrays.asList(inside.split(","));
        return new FakeMethod(words[words.length - 1], modifiers, params, FakeType.nullToEmpty(annotations));
    }

    @Override
    public boolean isConstructor() {
        return name.equals("<init>");
    }
}
