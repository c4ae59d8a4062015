package io.perfagent.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class GlobTest {

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvFileSource(resources = "/select/glob-cases.csv")
    void matchesAsTheTableSays(String glob, String name, boolean expected) {
        assertEquals(expected, Glob.compile(glob).matches(name));
    }
}
