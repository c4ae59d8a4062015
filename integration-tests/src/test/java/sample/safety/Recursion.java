package sample.safety;

/** Instrumented recursive methods: a bounded one and one that recurses until the stack runs out. */
public class Recursion {

    public static int depth(int n) {
        return n == 0 ? 0 : depth(n - 1) + 1;
    }

    public static int unbounded(int n) {
        return unbounded(n + 1) + 1;
    }
}
