package io.perfagent.core.alert;

/**
 * The hysteresis of one rule for one subject: it fires after its condition has held for {@code forIntervals}
 * consecutive intervals, stays silent while it keeps holding, and resolves on the first interval it does not.
 * Not thread-safe.
 */
final class RuleState {

    private final int forIntervals;
    private int consecutive;
    private boolean firing;

    RuleState(int forIntervals) {
        this.forIntervals = forIntervals;
    }

    Transition step(boolean holds) {
        if (holds) {
            consecutive++;
            if (!firing && consecutive >= forIntervals) {
                firing = true;
                return Transition.FIRING;
            }
            return Transition.NONE;
        }
        consecutive = 0;
        if (firing) {
            firing = false;
            return Transition.RESOLVED;
        }
        return Transition.NONE;
    }

    /** Nothing to remember: neither firing nor counting towards firing. */
    boolean idle() {
        return !firing && consecutive == 0;
    }
}
