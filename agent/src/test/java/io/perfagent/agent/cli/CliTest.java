package io.perfagent.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class CliTest {

    /** What one {@link Cli#run} printed and returned. */
    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String fixture(String name) {
        try {
            return Path.of(CliTest.class.getResource("/reports/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String expand(String s) {
        return s.replace("{run1}", fixture("run1")).replace("{baseline}", fixture("baseline"))
                .replace("{damaged}", fixture("damaged"))
                .replace("{missing}", Path.of(fixture("run1")).resolveSibling("no-such-dir").toString());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvFileSource(resources = "/cli-cases.csv", delimiter = '|', quoteCharacter = '\'', encoding = "UTF-8")
    void table(String args, int exit, String outContains, String errContains) {
        String[] argv = args == null || args.isBlank() ? new String[0] : expand(args).trim().split("\\s+");
        Result r = run(argv);
        assertEquals(exit, r.exit(), () -> "stdout:\n" + r.out() + "\nstderr:\n" + r.err());
        if (outContains != null) {
            assertTrue(r.out().contains(expand(outContains)), r.out());
        }
        if (errContains != null) {
            assertTrue(r.err().contains(expand(errContains)), r.err());
        }
        assertFalse(r.err().contains("\tat "), "never a stack trace");
    }

    private static List<String> dataRows(String table) {
        List<String> lines = table.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("kind ")).findFirst().orElseThrow());
        return lines.subList(header + 1, lines.size()).stream().filter(l -> !l.startsWith("note:")).toList();
    }

    @Test
    void topKindAndSortShapeTheTable() {
        assertEquals(1, dataRows(run("report", fixture("run1"), "--top", "1").out()).size());
        List<String> sql = dataRows(run("report", fixture("run1"), "--kind", "sql").out());
        assertEquals(1, sql.size());
        assertTrue(sql.get(0).startsWith("sql "), sql.get(0));
        List<String> byCount = dataRows(run("report", fixture("run1"), "--sort", "count").out());
        assertEquals(List.of("method", "sql", "pool"), byCount.stream().map(l -> l.split(" ")[0]).toList());
    }

    @Test
    void jsonOutputParses() throws Exception {
        Result r = run("report", fixture("run1"), "--json", "--sort", "count");
        assertEquals(0, r.exit());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(List.of(500L, 200L, 10L),
                Arrays.asList(json.get("rows").get(0).get("count").asLong(),
                        json.get("rows").get(1).get("count").asLong(), json.get("rows").get(2).get("count").asLong()));
        JsonNode diff = new ObjectMapper().readTree(
                run("report", fixture("run1"), "--diff", fixture("baseline"), "--json").out());
        assertTrue(diff.get("regression").asBoolean());
    }

    @Test
    void writesHtmlNextToTheTable(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("out.html");
        Result r = run("report", fixture("run1"), "--html", html.toString());
        assertEquals(0, r.exit());
        assertTrue(r.err().contains("wrote " + html));
        String page = Files.readString(html);
        assertTrue(page.contains("<svg") && page.contains("com.example.OrderService#placeOrder"));
        Result bad = run("report", fixture("run1"), "--html", dir.resolve("no/such/dir/x.html").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("cannot write"), bad.err());
    }

    @Test
    void readsGivenFilesAsWellAsDirectories() {
        Path live = Path.of(fixture("run1")).resolve("perfagent-demo-1234.jsonl");
        Result r = run("report", live.toString(), "--since", "2026-11-27T10:00:00Z");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("HikariPool-1"));
        String method = dataRows(r.out()).stream().filter(l -> l.startsWith("method")).findFirst().orElseThrow();
        assertEquals("100", method.split("\\s+")[2], "only the live file's placeOrder interval: " + method);
    }
}
