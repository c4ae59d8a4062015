package io.perfagent.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MethodSelectorTest {

    record Case(String why, List<String> include, List<String> exclude, String type, List<String> typeAnn,
                List<String> supers, String method, List<String> methodAnn, boolean expect) {
        @Override
        public String toString() {
            return why;
        }
    }

    record PrefilterCase(List<String> include, List<String> exclude, String name, boolean expect) {
        @Override
        public String toString() {
            return include + " - " + TableResources.orEmpty(exclude) + " on " + name;
        }
    }

    record ClassPrefilterCase(List<String> include, List<String> exclude, String name, List<String> references,
                              boolean expect) {
        @Override
        public String toString() {
            return include + " - " + TableResources.orEmpty(exclude) + " on " + name + " referencing " + references;
        }
    }

    static Stream<ClassPrefilterCase> classPrefilterCases() {
        return TableResources.read("class-prefilter-cases.json", ClassPrefilterCase[].class).stream();
    }

    static Stream<Case> cases() {
        return TableResources.read("selector-cases.json", Case[].class).stream();
    }

    static Stream<PrefilterCase> prefilterCases() {
        return TableResources.read("prefilter-cases.json", PrefilterCase[].class).stream();
    }

    private static MethodSelector selector(List<String> include, List<String> exclude) {
        return MethodSelector.of(TableResources.patterns("methods.include", include),
                TableResources.patterns("methods.exclude", exclude));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void selectsAsTheTableSays(Case c) {
        MethodSelector selector = selector(c.include(), c.exclude());
        FakeType type = FakeType.of(c.type(), c.typeAnn(), c.supers());
        FakeMethod method = FakeMethod.parse(c.method(), c.methodAnn());

        assertEquals(c.expect(), selector.matchesMethod(type, method), c.why());
        if (c.expect()) {
            // The cheap filters run first in the agent: they must never reject what the full match accepts.
            assertTrue(selector.matchesType(type), "matchesType must accept: " + c.why());
            assertTrue(selector.mayMatchType(c.type()), "mayMatchType must accept: " + c.why());
            List<String> referenced = new java.util.ArrayList<>(TableResources.orEmpty(c.typeAnn()));
            referenced.addAll(TableResources.orEmpty(c.methodAnn()));
            assertTrue(selector.mayMatchClass(c.type().replace('.', '/'), referenced::contains),
                    "mayMatchClass must accept: " + c.why());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prefilterCases")
    void nameOnlyPrefilter(PrefilterCase c) {
        assertEquals(c.expect(), selector(c.include(), c.exclude()).mayMatchType(c.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classPrefilterCases")
    void classFilePrefilter(ClassPrefilterCase c) {
        assertEquals(c.expect(), selector(c.include(), c.exclude()).mayMatchClass(c.name(), c.references()::contains));
    }

    @Test
    void countsHitsPerIncludeAndReportsUnmatched() {
        MethodSelector selector = selector(List.of("com.acme.*", "com.acme.Svc#run", "com.acme.Nope#*"), List.of());
        FakeType svc = FakeType.of("com.acme.Svc", null, null);

        assertEquals(List.of("com.acme.*", "com.acme.Svc#run", "com.acme.Nope#*"), selector.unmatchedIncludePatterns());
        assertTrue(selector.matchesMethod(svc, FakeMethod.parse("public run()", null)));
        assertTrue(selector.matchesMethod(svc, FakeMethod.parse("public walk()", null)));

        assertEquals(List.of("com.acme.Nope#*"), selector.unmatchedIncludePatterns());
        assertEquals(2, selector.hitCount(0));
        assertEquals(1, selector.hitCount(1));
    }

    @Test
    void excludedMethodsDoNotCountAsHits() {
        MethodSelector selector = selector(List.of("com.acme.Svc#run"), List.of("com.acme.Svc"));
        FakeType svc = FakeType.of("com.acme.Svc", null, null);

        assertEquals(false, selector.matchesMethod(svc, FakeMethod.parse("public run()", null)));
        assertEquals(List.of("com.acme.Svc#run"), selector.unmatchedIncludePatterns());
    }

    @Test
    void emptySelectorSelectsNothing() {
        MethodSelector selector = selector(List.of(), List.of("com.acme.*"));
        assertTrue(selector.isEmpty());
        assertEquals(false, selector.mayMatchType("com.acme.Svc"));
    }
}
