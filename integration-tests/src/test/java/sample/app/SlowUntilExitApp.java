package sample.app;

/** Calls {@link Work#sleep20()} for {@code args[0]} milliseconds and exits while still doing so. */
public class SlowUntilExitApp {

    public static void main(String[] args) throws Exception {
        long until = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000L;
        int calls = 0;
        while (System.nanoTime() - until < 0) {
            Work.sleep20();
            calls++;
        }
        System.out.println("calls=" + calls);
    }
}
