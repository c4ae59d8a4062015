package sample.app;

/**
 * {@code ShutdownWorkApp exit|return}: calls {@link Work#unit} 100 times, registers a shutdown hook that works on while
 * the JVM shuts down (it waits 300 ms, as a graceful shutdown waits for a request to finish, then calls
 * {@link Work#unit} 50 times and {@link Work#sleep20} once, and prints {@code hook done}), then ends with
 * {@code System.exit(0)} or by returning from main.
 */
public class ShutdownWorkApp {

    public static void main(String[] args) {
        for (int i = 0; i < 100; i++) {
            Work.unit(i);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(300);
                for (int i = 0; i < 50; i++) {
                    Work.unit(i);
                }
                Work.sleep20();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.println("hook done");
        }, "app-shutdown"));
        if (args.length > 0 && args[0].equals("exit")) {
            System.exit(0);
        }
    }
}
