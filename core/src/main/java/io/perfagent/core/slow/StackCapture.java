package io.perfagent.core.slow;

import io.perfagent.core.select.AlwaysExcluded;

import java.util.List;

/**
 * The first application frames of the current thread's stack, perfagent's own frames removed, as
 * {@code class.method(File.java:line)}. Called on the application thread of a slow call. Stateless; thread-safe.
 */
final class StackCapture {

    private static final StackWalker WALKER = StackWalker.getInstance();

    private StackCapture() {
    }

    static List<String> applicationFrames(int depth) {
        return WALKER.walk(frames -> frames
                .filter(frame -> !AlwaysExcluded.agentOwn(frame.getClassName()))
                .limit(depth)
                .map(StackCapture::format)
                .toList());
    }

    static String format(StackWalker.StackFrame frame) {
        String file = frame.getFileName();
        int line = frame.getLineNumber();
        String where = file == null ? "Unknown Source" : line >= 0 ? file + ":" + line : file;
        return frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")";
    }
}
