package sample.sinks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GatedApp <gateFile> [calls]}: calls SinkWork.unit (at least {@code calls} times, default 0) until the gate
 * file exists, so a test can change the world (fix a directory, scrape an endpoint) while the application is
 * running; then prints how many calls it made in all.
 */
public class GatedApp {

    public static void main(String[] args) throws InterruptedException {
        Path gate = Path.of(args[0]);
        long minimum = args.length > 1 ? Long.parseLong(args[1]) : 0;
        long calls = 0;
        long sum = 0;
        while (calls < minimum || !Files.exists(gate)) {
            for (int i = 0; i < 1000; i++) {
                sum += SinkWork.unit(i);
            }
            calls += 1000;
            Thread.sleep(1);
        }
        System.out.println("calls=" + calls + " checksum=" + (sum & 0xff));
    }
}
