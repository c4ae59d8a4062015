package io.perfagent.core.view;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Draws a line chart as inline SVG markup (no script, no external reference): time on x, a value with human units
 * on y starting at zero, a legend, and a dot per point so a single interval still shows. Stateless.
 */
final class SvgChart {

    static final int WIDTH = 880;
    static final int HEIGHT = 260;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 30;
    private static final long PAD_SINGLE_MS = 5_000;
    private static final String[] COLOURS =
            {"#1f77b4", "#ff7f0e", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private SvgChart() {
    }

    /** {@code label} formats a y value ({@link Units#nanos(long)} or {@link Units#bytes(long)}). */
    static String lines(String title, List<Series> series, LongFunction<String> label) {
        long minX = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        double maxY = 0;
        for (Series s : series) {
            for (Series.Point p : s.points()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\"><title>")
                .append(Html.esc(title)).append("</title>");
        if (minX > maxX) {
            return svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT / 2)
                    .append("\">no interval data</text></svg>").toString();
        }
        if (minX == maxX) { // one interval: centre its point instead of pinning it to the left edge
            minX -= PAD_SINGLE_MS;
            maxX += PAD_SINGLE_MS;
        }
        Scale scale = new Scale(minX, maxX, maxY <= 0 ? 1 : maxY * 1.1);
        axes(svg, scale, label);
        int legendX = LEFT;
        for (int i = 0; i < series.size(); i++) {
            plot(svg, series.get(i), COLOURS[i % COLOURS.length], scale);
            legendX = legend(svg, series.get(i).name(), COLOURS[i % COLOURS.length], legendX);
        }
        return svg.append("</svg>").toString();
    }

    private record Scale(long minX, long maxX, double maxY) {
        double x(long v) {
            return LEFT + (double) (v - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
        }

        double y(double v) {
            return HEIGHT - BOTTOM - v / maxY * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static void axes(StringBuilder svg, Scale s, LongFunction<String> label) {
        for (int i = 0; i <= 4; i++) {
            double v = s.maxY() * i / 4;
            String y = f(s.y(v));
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
                    .append("<text class=\"tick\" text-anchor=\"end\" x=\"").append(LEFT - 6).append("\" y=\"")
                    .append(f(s.y(v) + 4)).append("\">").append(Html.esc(label.apply(Math.round(v))))
                    .append("</text>");
        }
        for (int i = 0; i <= 4; i++) {
            long t = s.minX() + (s.maxX() - s.minX()) * i / 4;
            String anchor = i == 0 ? "start" : i == 4 ? "end" : "middle"; // keep edge labels inside the chart
            svg.append("<text class=\"tick\" text-anchor=\"").append(anchor).append("\" x=\"").append(f(s.x(t))).append("\" y=\"")
                    .append(HEIGHT - 8).append("\">").append(CLOCK.format(Instant.ofEpochMilli(t))).append("</text>");
        }
    }

    private static void plot(StringBuilder svg, Series series, String colour, Scale s) {
        StringBuilder pts = new StringBuilder();
        for (Series.Point p : series.points()) {
            pts.append(f(s.x(p.x()))).append(',').append(f(s.y(p.y()))).append(' ');
            svg.append("<circle r=\"2.5\" fill=\"").append(colour).append("\" cx=\"").append(f(s.x(p.x())))
                    .append("\" cy=\"").append(f(s.y(p.y()))).append("\"/>");
        }
        svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                .append(pts.toString().trim()).append("\"/>");
    }

    /** Returns where the next legend entry starts; 7px per character is generous for 11px text. */
    private static int legend(StringBuilder svg, String name, String colour, int x) {
        svg.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"").append(colour)
                .append("\"/><text class=\"legend\" x=\"").append(x + 16).append("\" y=\"18\">")
                .append(Html.esc(name)).append("</text>");
        return x + 16 + name.length() * 7 + 24;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
