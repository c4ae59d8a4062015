package io.perfagent.core.sql;

/**
 * A text buffer that never grows past its cap. When more is appended than fits it keeps the first
 * {@code cap - 1} chars and appends {@link #ELLIPSIS}, so a cut key never exceeds the cap and always shows
 * that it was cut. One instance per sanitize call; not shared between threads.
 */
final class CappedText {

    static final char ELLIPSIS = '\u2026';

    private final StringBuilder text = new StringBuilder();
    private final int cap;
    private boolean full;

    CappedText(int cap) {
        this.cap = cap;
    }

    void append(char c) {
        if (!full && text.length() < cap) {
            text.append(c);
        } else {
            cut();
        }
    }

    void append(CharSequence s, int from, int to) {
        if (full) {
            return;
        }
        int room = cap - text.length();
        if (to - from <= room) {
            text.append(s, from, to);
        } else {
            text.append(s, from, from + room);
            cut();
        }
    }

    void append(CappedText other) {
        append(other.text, 0, other.text.length());
        if (other.full) {
            cut();
        }
    }

    private void cut() {
        if (full) {
            return;
        }
        int keep = Math.min(cap - 1, text.length());
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--; // never leave half of a surrogate pair before the ellipsis
        }
        text.setLength(keep);
        text.append(ELLIPSIS);
        full = true;
    }

    boolean isFull() {
        return full;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    void clear() {
        text.setLength(0);
        full = false;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
