package io.perfagent.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.demo.repository.SeedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoAppTest {

    @Test
    void servesExactlyTheRequestedNumberAndSummarises() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = DemoApp.run(new DemoOptions(20, 3, false, 120), "jdbc:h2:mem:demo-app-test;DB_CLOSE_DELAY=-1",
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String summary = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals(120, number(summary, "requests served"), summary);
        assertTrue(number(summary, "errors caught") < 120, summary);
        assertTrue(number(summary, "orders in the DB") > SeedData.ORDERS, summary);
        assertTrue(err.toString(StandardCharsets.UTF_8)
                        .matches("(?s)first request served after \\d+ ms since JVM start \\(process CPU \\d+ ms\\).*"),
                err.toString(StandardCharsets.UTF_8));
    }

    private static long number(String summary, String label) {
        Matcher matcher = Pattern.compile(label + ": (\\d+)").matcher(summary);
        assertTrue(matcher.find(), label + " missing from " + summary);
        return Long.parseLong(matcher.group(1));
    }
}
