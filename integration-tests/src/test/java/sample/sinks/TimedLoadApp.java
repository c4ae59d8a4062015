package sample.sinks;

/**
 * {@code TimedLoadApp <warmupMillis> <millis>}: calls SinkWork on one thread, first for a warm-up period (so the JIT
 * has compiled the loop and the agent has started its outputs), then for a measured period, and prints how many calls
 * the measured period completed and the longest time one batch of 100 calls took (a thread blocked by the agent would
 * show here), then the epoch millisecond at which main returned (to time JVM exit after it).
 */
public class TimedLoadApp {

    public static void main(String[] args) {
        long warmup = Long.parseLong(args[0]);
        long millis = Long.parseLong(args[1]);
        long sum = run(warmup)[1];
        long[] measured = run(millis);
        System.out.println("calls=" + measured[0] + " checksum=" + ((sum + measured[1]) & 0xff));
        System.out.println("max-stall-ms=" + measured[2] / 1_000_000);
        System.out.println("finished-at-ms=" + System.currentTimeMillis());
    }

    private static long[] run(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        long calls = 0;
        long sum = 0;
        long maxStall = 0;
        long last = System.nanoTime();
        while (last < end) {
            for (int i = 0; i < 100; i++) {
                sum += SinkWork.unit(i);
                sum += SinkWork.spin(20);
            }
            calls += 100;
            long now = System.nanoTime();
            maxStall = Math.max(maxStall, now - last);
            last = now;
        }
        return new long[] {calls, sum, maxStall};
    }
}
