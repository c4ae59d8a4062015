package io.perfagent.core.sql;

/**
 * Tracks whether a parenthesised list seen so far is exactly {@code ( ? , ? , ... ? )}: only such lists collapse
 * in {@link SqlKeyWriter}. One instance per sanitize call; not shared between threads.
 */
final class PlaceholderList {

    private boolean expectItem;
    private int items;

    /** Called for the opening parenthesis. */
    void open() {
        expectItem = true;
        items = 0;
    }

    /** True if the token keeps the list pure; false if it closes the list or makes it something else. */
    boolean accept(boolean item, char symbol) {
        if (expectItem && item) {
            expectItem = false;
            items++;
            return true;
        }
        if (!expectItem && symbol == ',') {
            expectItem = true;
            return true;
        }
        return false;
    }

    /** True when a closing parenthesis now would end a pure, non-empty list. */
    boolean isComplete() {
        return items > 0 && !expectItem;
    }
}
