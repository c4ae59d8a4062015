package io.perfagent.core.select;

import java.util.List;

/** Type facts written out in a test table. */
record FakeType(String name, int modifiers, List<String> annotationNames, List<String> superTypeNames)
        implements TypeFacts {

    static FakeType of(String name, List<String> annotations, List<String> supers) {
        return new FakeType(name, AccessFlags.PUBLIC, nullToEmpty(annotations), nullToEmpty(supers));
    }

    static List<String> nullToEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
