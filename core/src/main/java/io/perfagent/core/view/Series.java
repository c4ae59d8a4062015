package io.perfagent.core.view;

import java.util.List;

/**
 * One line of a chart: a name for the legend and points in time order ({@code x} epoch milliseconds, {@code y} in
 * the chart's unit). Immutable.
 */
record Series(String name, List<Point> points) {

    record Point(long x, double y) {
    }

    Series {
        points = List.copyOf(points);
    }
}
