package bench.footprint;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Footprint driver: {@code threads} threads each call every one of the {@code keys} generated methods of
 * {@code bench.footprint.Keys} (compiled by the footprint runner) {@code rounds} times, wait for the agent to flush,
 * collect garbage and print {@code heap-used-after-gc=<bytes>}. Run with and without perfagent; the difference is the
 * agent's heap.
 *
 * <p>Usage: {@code FootprintApp <threads> <keys> <rounds> <settleMillis> [<reportDir>]}. With a report directory (the
 * run with perfagent) it first waits until perfagent's interval lines there count every call: on a loaded machine
 * the agent's first interval can take seconds (its outputs are still interpreted code competing for the CPU), and
 * until the calls are drained their samples are still in the threads' buffers, which a fixed wait would measure as
 * the agent's steady heap. The settle time then follows as usual.
 */
public final class FootprintApp {

    /** A metric's call count in a report line (percentile objects have no {@code count}). */
    private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");

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
        if (args.length > 4) {
            awaitReported(Path.of(args[4]), (long) threads * keys * rounds);
        }
        Thread.sleep(settleMillis); // at least one flush interval: the agent drains and writes while threads are idle
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, liveAfterLastGc());
            Thread.sleep(200);
        }
        System.out.println("heap-used-after-gc=" + used);
    }

    /**
     * The heap in use read at once after a full collection: what survived, plus only what was allocated in the
     * microseconds since. Read after a pause instead, it also counted the agent's flush thread's fresh garbage, which
     * on a loaded machine, where that thread's work stretches over seconds, added 15-20 MiB to the figure.
     */
    private static long liveAfterLastGc() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Waits (at most a minute) until the interval lines under {@code dir} count {@code calls} calls in all. */
    private static void awaitReported(Path dir, long calls) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (reportedCalls(dir) < calls && System.nanoTime() - deadline < 0) {
            Thread.sleep(100);
        }
    }

    private static long reportedCalls(Path dir) throws IOException {
        long total = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jsonl"))::iterator) {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("{\"type\":\"interval\"")) {
                        Matcher count = COUNT.matcher(line);
                        while (count.find()) {
                            total += Long.parseLong(count.group(1));
                        }
                    }
                }
            }
        }
        return total;
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
