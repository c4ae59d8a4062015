package io.perfagent.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MethodPatternParserTest {

    /** Either {@code describe} (the item parses to that canonical form) or {@code warning} (it is rejected). */
    record Case(String item, String describe, String warning) {
        @Override
        public String toString() {
            return item;
        }
    }

    static Stream<Case> cases() {
        return TableResources.read("parser-cases.json", Case[].class).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesOrWarnsAsTheTableSays(Case c) {
        ParseResult result = MethodPatternParser.parse("methods.include", List.of(c.item()));
        if (c.warning() != null) {
            assertEquals(List.of(), result.patterns());
            assertEquals(List.of(c.warning()), result.warnings());
        } else {
            assertEquals(List.of(), result.warnings());
            assertEquals(1, result.patterns().size());
            assertEquals(c.describe(), result.patterns().get(0).describe());
            assertEquals(c.item().trim(), result.patterns().get(0).text());
        }
    }

    @Test
    void keepsGoodItemsAroundBadOnesAndNamesTheKey() {
        ParseResult result = MethodPatternParser.parse("methods.exclude",
                Arrays.asList("com.a.*", "", null, "com..b", "com.a.*", "  ", "com.c.D#e"));

        assertEquals(List.of("com.a.*", "com.c.D#e"), result.patterns().stream().map(MethodPattern::text).toList());
        assertEquals(List.of("perfagent: methods.exclude pattern \"com..b\" is malformed (empty package segment); ignored"),
                result.warnings());
    }

    @Test
    void nullListIsEmpty() {
        ParseResult result = MethodPatternParser.parse("methods.include", null);
        assertEquals(List.of(), result.patterns());
        assertEquals(List.of(), result.warnings());
    }
}
