package io.perfagent.itapp;

/**
 * {@code UnderAgentPackageApp <callsAfterActive> <maxWaitMillis>}: an application that lives under {@code io.perfagent}
 * (as the demo does) but is not perfagent. Calls {@link #unit} from its first instruction until the agent shows itself
 * ({@code perfagent.status.active}) or {@code maxWaitMillis} passed, then {@code callsAfterActive} more times; prints
 * whether the agent became active.
 */
public class UnderAgentPackageApp {

    public static void main(String[] args) {
        int after = Integer.parseInt(args[0]);
        long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000L;
        long sum = 0;
        int calls = 0;
        while (!active() && System.nanoTime() < deadline) {
            sum += unit(calls++);
            if (calls % 1000 == 0) {
                sleepBriefly();
            }
        }
        boolean becameActive = active();
        for (int i = 0; becameActive && i < after; i++) {
            sum += unit(calls++);
        }
        System.out.println("became active=" + becameActive + (sum == 42 ? "!" : ""));
    }

    public static long unit(int i) {
        return (long) i * 31 + (i >>> 3);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean active() {
        return "true".equals(System.getProperty("perfagent.status.active"));
    }
}
