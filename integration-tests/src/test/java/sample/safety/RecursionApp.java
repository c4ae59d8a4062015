package sample.safety;

/**
 * Recurses {@link #DEPTH} deep {@link #REPEATS} times on an ordinary thread (default stack), then recurses without
 * bound until StackOverflowError and catches it. The output does not depend on how deep the overflow came.
 */
public class RecursionApp {

    public static final int DEPTH = 5000;
    public static final int REPEATS = 20;

    public static void main(String[] args) throws Exception {
        long[] total = new long[1];
        Thread bounded = new Thread(() -> {
            for (int i = 0; i < REPEATS; i++) {
                total[0] += Recursion.depth(DEPTH);
            }
        }, "bounded");
        bounded.start();
        bounded.join();
        System.out.println("bounded total=" + total[0]);

        String[] outcome = new String[1];
        Thread unbounded = new Thread(null, () -> {
            try {
                Recursion.unbounded(0);
                outcome[0] = "returned?";
            } catch (StackOverflowError expected) {
                outcome[0] = "StackOverflowError caught by the application";
            }
        }, "unbounded", 512 * 1024);
        unbounded.start();
        unbounded.join();
        System.out.println(outcome[0]);
        System.out.println("after overflow: " + Recursion.depth(10));
    }
}
