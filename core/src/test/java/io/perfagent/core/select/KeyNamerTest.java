package io.perfagent.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KeyNamerTest {

    record Case(String why, @com.fasterxml.jackson.annotation.JsonProperty("class") String className,
                List<String> methods, List<String> keys) {
        @Override
        public String toString() {
            return why;
        }
    }

    static Stream<Case> cases() {
        return TableResources.read("key-cases.json", Case[].class).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesKeysAsTheTableSays(Case c) {
        List<FakeMethod> methods = c.methods().stream().map(m -> FakeMethod.parse(m, null)).toList();
        assertEquals(c.keys(), KeyNamer.keys(c.className(), methods));
    }

    @Test
    void singleKeyNeedsNoOverloadKnowledge() {
        assertEquals("com.example.Svc#find",
                KeyNamer.key("com/example/Svc", FakeMethod.parse("find(int)", null)));
    }
}
