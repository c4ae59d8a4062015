package io.perfagent.agent.cli;

import io.perfagent.core.report.JsonLines;
import io.perfagent.core.sink.hlog.HlogMerge;
import io.perfagent.core.sink.hlog.MergeResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code merge}: adds up the histograms of perfagent's {@code .hlog} files (several runs, hosts or rolled parts) and
 * prints the exact combined count, p50, p95, p99 and max per key. Reading problems go to {@code err}.
 */
final class MergeCommand implements Command {

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String usage() {
        return """
                merge <hlog files or dirs>... [options]
                    --tag PREFIX         only tags starting with PREFIX (e.g. latency: or alloc:com.shop.)
                    --json               print JSON instead of the table""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> inputs = new ArrayList<>();
        String prefix = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--tag")) {
                if (i + 1 >= args.size()) {
                    return usageError(err, "--tag needs a prefix");
                }
                prefix = args.get(++i);
            } else if (a.startsWith("--")) {
                return usageError(err, "unknown option " + a);
            } else {
                inputs.add(Path.of(a));
            }
        }
        if (inputs.isEmpty()) {
            return usageError(err, "no hlog file or directory given");
        }
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                err.println("perfagent merge: " + p + ": no such directory or file");
                return ExitCodes.USAGE;
            }
        }
        MergeResult result = HlogMerge.merge(inputs, prefix);
        result.problems().forEach(p -> err.println("warning: " + p));
        if (result.rows().isEmpty()) {
            err.println("warning: no histograms" + (prefix == null ? "" : " tagged " + prefix + "*") + " found in "
                    + inputs);
        }
        out.print(json ? json(result) : MergeTable.render(result));
        return ExitCodes.OK;
    }

    private int usageError(PrintStream err, String problem) {
        err.println("perfagent merge: " + problem);
        err.println("usage: " + usage());
        return ExitCodes.USAGE;
    }

    private static String json(MergeResult result) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("files", result.files());
        doc.put("histograms", result.histogramsRead());
        doc.put("keys", result.rows());
        return new String(JsonLines.line(doc), StandardCharsets.UTF_8);
    }
}
