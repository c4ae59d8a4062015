package sample.app;

/** Small instrumented methods the test applications call. */
public class Work {

    public static int unit(int i) {
        return i * 31 + 7;
    }

    public static void sleep20() throws InterruptedException {
        Thread.sleep(20);
    }

    /** Busy for 100 µs by System.nanoTime: a latency known to the microsecond, unlike a sleep's. */
    public static long spin100us() {
        long end = System.nanoTime() + 100_000;
        long spins = 0;
        while (System.nanoTime() - end < 0) {
            spins++;
        }
        return spins;
    }

    static volatile byte[] sink;

    public static int allocateMegabyte() {
        byte[] bytes = new byte[1_000_000];
        sink = bytes;
        return bytes.length;
    }

    public static long noAllocation(long x) {
        return x * x + 1;
    }

    public static int fail(int code) {
        if (code >= 0) {
            throw new IllegalStateException("planned failure " + code);
        }
        return code;
    }
}
