package io.perfagent.core.select;

import java.util.List;

/**
 * What {@link MethodPatternParser} made of a list of items: the valid patterns in the order written, and one
 * warning line per item it ignored. Immutable.
 */
public record ParseResult(List<MethodPattern> patterns, List<String> warnings) {

    public ParseResult {
        patterns = List.copyOf(patterns);
        warnings = List.copyOf(warnings);
    }
}
