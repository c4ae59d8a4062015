package sample.app;

/** Makes its calls, then exits 300 ms later: the final flush must still report them. */
public class LateExitApp {

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 777; i++) {
            Work.unit(i);
        }
        Thread.sleep(300);
        System.exit(0);
    }
}
