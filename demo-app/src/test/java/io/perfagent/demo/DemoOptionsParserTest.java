package io.perfagent.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DemoOptionsParserTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvFileSource(resources = "/demo-options-cases.csv", delimiter = '|', quoteCharacter = '"')
    void parsesOrExplains(String args, int duration, int threads, boolean leak, long requests, String error) {
        String[] argv = args == null || args.isBlank() ? new String[0] : args.trim().split("\\s+");
        DemoOptionsParser.Result result = DemoOptionsParser.parse(argv);
        if (error == null || error.isBlank()) {
            assertNull(result.error(), "unexpected error for " + args);
            assertEquals(new DemoOptions(duration, threads, leak, requests), result.options());
        } else {
            assertNull(result.options());
            assertTrue(result.error().contains(error), () -> "error was: " + result.error());
        }
    }

    @Test
    void helpIsNotAnError() {
        DemoOptionsParser.Result result = DemoOptionsParser.parse("--help");
        assertTrue(result.help());
        assertNull(result.error());
    }
}
