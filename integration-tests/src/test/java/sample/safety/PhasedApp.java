package sample.safety;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code PhasedApp <phases> <callsPerPhase>}: before each phase after the first it waits for a file {@code go<n>} in
 * its working directory, so a test can break or repair the agent's surroundings between phases. Same output every
 * run; without the gate files it gives up waiting after 60 s and exits 3.
 */
public class PhasedApp {

    public static void main(String[] args) throws Exception {
        int phases = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        long sum = 0;
        for (int phase = 0; phase < phases; phase++) {
            if (phase > 0 && !awaitGate(Path.of("go" + phase))) {
                System.out.println("no gate go" + phase);
                System.exit(3);
            }
            for (int i = 0; i < calls; i++) {
                sum += Values.plus(phase, i);
            }
            System.out.println("phase " + phase + " done");
        }
        System.out.println("sum=" + sum);
    }

    private static boolean awaitGate(Path gate) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(gate)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
