package sample.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the agent's threads as the application sees them to {@code threads.txt} (name, daemon, context class loader)
 * and, from its own shutdown hook, the ones alive while the application's hooks run to {@code threads-in-hooks.txt}.
 * Nothing goes to stdout beyond the result, so runs compare with and without the agent.
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
            Files.write(Path.of("threads-in-hooks.txt"), describe(agentThreads()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
