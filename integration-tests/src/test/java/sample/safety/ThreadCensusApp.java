package sample.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the agent's threads as the application sees them to {@code threads.txt} (name, daemon, context class loader)
 * and, from its own shutdown hook once perfagent's hook has finished, the ones still alive to
 * {@code threads-after.txt}. Nothing goes to stdout beyond the result, so runs compare with and without the agent.
 */
public class ThreadCensusApp {

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(ThreadCensusApp::afterShutdown, "census-hook"));
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += Values.plus(i, i);
        }
        Thread.sleep(200); // the flush thread has drained at least once
        Files.write(Path.of("threads.txt"), describe(agentThreads()));
        System.out.println("sum=" + sum);
    }

    private static void afterShutdown() {
        try {
            Thread hook = waitForThread("perfagent-shutdown", 2000);
            if (hook != null) {
                hook.join(10_000);
            }
            Files.write(Path.of("threads-after.txt"), describe(agentThreads()));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Thread waitForThread(String name, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals(name)) {
                    return t;
                }
            }
            Thread.sleep(5);
        }
        return null;
    }

    private static List<Thread> agentThreads() {
        List<Thread> found = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("perfagent") && t.isAlive()) {
                found.add(t);
            }
        }
        return found;
    }

    private static List<String> describe(List<Thread> threads) {
        List<String> lines = new ArrayList<>();
        for (Thread t : threads) {
            lines.add(t.getName() + " daemon=" + t.isDaemon() + " contextLoader=" + t.getContextClassLoader());
        }
        return lines;
    }
}
