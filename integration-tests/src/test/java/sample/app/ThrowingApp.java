package sample.app;

/** Calls a method that throws; prints what it caught, stack trace included, so runs can be compared byte for byte. */
public class ThrowingApp {

    public static void main(String[] args) {
        int caught = 0;
        for (int i = 0; i < 10; i++) {
            try {
                Work.fail(i);
            } catch (IllegalStateException e) {
                caught++;
                if (i == 0) {
                    e.printStackTrace(System.out);
                }
            }
        }
        System.out.println("ok " + Work.fail(-5) + " caught=" + caught);
    }
}
