package sample.jdbc;

/** Java functions that the H2 stacks register as SQL functions (ADD_ONE, SLEEP_MS). */
public final class Functions {

    private Functions() {
    }

    public static int addOne(int value) {
        return value + 1;
    }

    public static int sleepMs(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return millis;
    }
}
