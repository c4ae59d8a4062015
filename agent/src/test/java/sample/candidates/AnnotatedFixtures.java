package sample.candidates;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Fixtures for the class-load filter tests, outside perfagent's own packages (which are never woven, so the filter
 * rejects them by name before looking at their class files).
 */
public final class AnnotatedFixtures {

    private AnnotatedFixtures() {
    }

    @Retention(RetentionPolicy.RUNTIME)
    public @interface Timed {
    }

    @Retention(RetentionPolicy.CLASS)
    public @interface Monitored {
    }

    public static final class TimedMethod {
        @Timed
        void work() {
        }
    }

    @Monitored
    public static final class MonitoredClass {
        void work() {
        }
    }

    public static final class Plain {
        void work() {
        }
    }
}
