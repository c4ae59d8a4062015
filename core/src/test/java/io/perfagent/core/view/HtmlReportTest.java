package io.perfagent.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.core.read.Fixtures;
import io.perfagent.core.read.Report;
import io.perfagent.core.read.ReportReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    static String sampleHtml() {
        Report report = ReportReader.read(Fixtures.reports("run1"));
        Rollup rollup = Rollup.of(report, Window.ALL);
        return HtmlReport.render("perfagent <run1> & \"friends\"", RowQuery.DEFAULT.apply(rollup.rows()), report,
                Window.ALL, List.of("a note"));
    }

    @Test
    void isSelfContained() {
        String html = sampleHtml();
        for (String forbidden : List.of("http://", "https://", "src=", "href=", "<script", "<link", "@import",
                "url(")) {
            assertFalse(html.toLowerCase().contains(forbidden), "must not contain " + forbidden);
        }
    }

    @Test
    void escapesReportText() {
        String html = sampleHtml();
        assertTrue(html.contains("SELECT &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; FROM orders"));
        assertTrue(html.contains("<title>perfagent &lt;run1&gt; &amp; &quot;friends&quot;</title>"));
    }

    @Test
    void hasChartsTablesAndBalancedTags() {
        String html = sampleHtml();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(3 + 1, count(html, "<svg "), "one latency chart per key plus the allocation chart");
        assertTrue(html.contains("<polyline"));
        for (String tag : List.of("html", "head", "body", "table", "tr", "svg", "details", "pre", "h2", "h3")) {
            assertEquals(count(html, "<" + tag + "[ >]"), count(html, "</" + tag + ">"), "open/close " + tag);
        }
        assertTrue(html.contains("Active alerts"));
        assertTrue(html.contains("750ms"), "the slow call is listed with its duration");
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
