package sample.app;

/**
 * {@code LateExitApp [millis]}: makes its calls, then exits {@code millis} (default 300) later: the final flush must
 * still report them; a longer wait lets the agent write interval lines meanwhile.
 */
public class LateExitApp {

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 777; i++) {
            Work.unit(i);
        }
        Thread.sleep(args.length > 0 ? Long.parseLong(args[0]) : 300);
        System.exit(0);
    }
}
