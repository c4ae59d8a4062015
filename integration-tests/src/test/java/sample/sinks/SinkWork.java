package sample.sinks;

/** Small instrumented methods the sink test applications call. */
public class SinkWork {

    public static int unit(int i) {
        return i * 31 + 7;
    }

    public static long spin(int n) {
        long x = 0;
        for (int i = 0; i < n; i++) {
            x += (x ^ i) * 17;
        }
        return x;
    }
}
