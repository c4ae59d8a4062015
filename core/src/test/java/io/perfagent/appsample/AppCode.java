package io.perfagent.appsample;

import java.util.function.Supplier;

/** Application code that happens to live under {@code io.perfagent}, as the demo does: not the agent's own. */
public final class AppCode {

    private AppCode() {
    }

    public static <T> T call(Supplier<T> work) {
        return work.get();
    }
}
