package sample.safety;

/** An instrumented method that allocates about a kilobyte per call. */
public class Alloc {

    static volatile byte[] sink;

    public static int kilobyte(int i) {
        byte[] bytes = new byte[1024];
        bytes[i & 1023] = 1;
        sink = bytes;
        return bytes.length;
    }
}
