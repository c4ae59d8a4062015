package io.perfagent.benchmarks.report;

import java.util.List;

/** A tiny Markdown writer: headings, paragraphs, tables. Not thread-safe. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown heading(int level, String title) {
        text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
        return this;
    }

    Markdown para(String paragraph) {
        text.append(paragraph).append("\n\n");
        return this;
    }

    Markdown code(String block) {
        text.append("```\n").append(block.strip()).append("\n```\n\n");
        return this;
    }

    Markdown table(List<String> header, List<List<String>> rows) {
        text.append("| ").append(String.join(" | ", header)).append(" |\n");
        text.append("|").append(" --- |".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            text.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        text.append('\n');
        return this;
    }

    String text() {
        return text.toString();
    }
}
