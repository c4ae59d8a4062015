package sample.safety;

import java.io.IOException;

/**
 * Lets instrumented methods throw and prints what it caught, stack traces included, then dies of an uncaught exception
 * (exit code 1, trace on stderr): every byte must be the same with the agent.
 */
public class ExceptionsApp {

    /** Calls of each key made below, and how many of them threw. */
    public static final int CHECKED_CALLS = 10 + 3;
    public static final int CHECKED_ERRORS = 5 + 3;
    public static final int DEEP_CALLS = 4 * 3;

    public static void main(String[] args) {
        int caught = 0;
        for (int i = 0; i < 10; i++) {
            try {
                System.out.println("checked " + i + " -> " + Failures.checked(i));
            } catch (IOException e) {
                caught++;
                print(e, i == 1);
            }
        }
        for (int i = 0; i < 3; i++) {
            try {
                Failures.chained(i);
            } catch (IllegalStateException e) {
                caught++;
                print(e, i == 0);
            }
        }
        for (int i = 0; i < 3; i++) {
            try {
                Failures.deep(3);
            } catch (ArithmeticException e) {
                caught++;
                print(e, i == 0);
            }
        }
        try {
            new Failures(-1);
        } catch (IllegalArgumentException e) {
            caught++;
            print(e, true);
        }
        new Failures(1);
        System.out.println("caught=" + caught);
        Failures.uncaught();
    }

    private static void print(Throwable e, boolean withTrace) {
        if (withTrace) {
            e.printStackTrace(System.out);
        } else {
            System.out.println(e);
        }
    }
}
