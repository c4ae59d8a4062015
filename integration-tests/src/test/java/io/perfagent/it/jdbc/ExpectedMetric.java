package io.perfagent.it.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One line of {@code jdbc-workload-counts.csv}: a metric the workload must produce on some stacks. */
record ExpectedMetric(List<String> stacks, String kind, String key, long count, String operation, String table,
                      Long batchP50) {

    boolean appliesTo(String stack) {
        return stacks.contains("*") || stacks.contains(stack);
    }

    static List<ExpectedMetric> load(String resource) throws IOException {
        List<ExpectedMetric> rows = new ArrayList<>();
        try (InputStream in = ExpectedMetric.class.getResourceAsStream("/" + resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                rows.add(new ExpectedMetric(Arrays.asList(f[0].split(",")), f[1], f[2], Long.parseLong(f[3]),
                        blankToNull(f[4]), blankToNull(f[5]), f[6].isBlank() ? null : Long.parseLong(f[6].trim())));
            }
        }
        return rows;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
