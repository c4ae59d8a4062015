package sample.safety;

import java.io.IOException;

/** Instrumented methods that throw: checked, unchecked, chained, with suppressed exceptions, from a constructor. */
public class Failures {

    public Failures(int code) {
        if (code < 0) {
            throw new IllegalArgumentException("negative code " + code);
        }
    }

    public static int checked(int code) throws IOException {
        if (code % 2 == 1) {
            throw new IOException("odd code " + code);
        }
        return code / 2;
    }

    public static void chained(int code) {
        try {
            checked(1);
        } catch (IOException e) {
            IllegalStateException wrapped = new IllegalStateException("wrapped " + code, e);
            wrapped.addSuppressed(new UnsupportedOperationException("suppressed " + code));
            throw wrapped;
        }
    }

    /** Throws from three instrumented frames deep. */
    public static int deep(int depth) {
        if (depth == 0) {
            throw new ArithmeticException("bottom reached");
        }
        return deep(depth - 1) + 1;
    }

    public static void uncaught() {
        throw new IllegalStateException("the application's own uncaught failure");
    }
}
