package bench.footprint;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Footprint driver: {@code threads} threads each call every one of the {@code keys} generated methods of
 * {@code bench.footprint.Keys} (compiled by the footprint runner) {@code rounds} times, wait for the agent to flush,
 * collect garbage and print {@code heap-used-after-gc=<bytes>}. Run with and without perfagent; the difference is the
 * agent's heap.
 *
 * <p>Usage: {@code FootprintApp <threads> <keys> <rounds> <settleMillis>}
 */
public final class FootprintApp {

    private FootprintApp() {
    }

    public static void main(String[] args) throws Throwable {
        int threads = Integer.parseInt(args[0]);
        int keys = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long settleMillis = Long.parseLong(args[3]);
        MethodHandle call = MethodHandles.lookup().findStatic(Class.forName("bench.footprint.Keys"), "call",
                MethodType.methodType(long.class, int.class, long.class));
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> hit(call, keys, rounds), "footprint-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        Thread.sleep(settleMillis); // at least one flush interval: the agent drains and writes while threads are idle
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        System.out.println("heap-used-after-gc=" + used);
    }

    private static void hit(MethodHandle call, int keys, int rounds) {
        long sink = 0;
        try {
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < keys; k++) {
                    sink += (long) call.invokeExact(k, (long) r);
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (sink == 42) {
            System.out.println("unlikely");
        }
    }
}
