package sample.app;

import java.util.ArrayList;
import java.util.List;

/** {@code CountingApp <threads> <callsPerThread>}: calls Work.unit exactly threads × calls times, prints a checksum. */
public class CountingApp {

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        long[] sums = new long[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                long sum = 0;
                for (int i = 0; i < calls; i++) {
                    sum += Work.unit(i);
                }
                sums[index] = sum;
            }, "worker-" + t);
            workers.add(worker);
            worker.start();
        }
        long total = 0;
        for (int t = 0; t < threads; t++) {
            workers.get(t).join();
            total += sums[t];
        }
        System.out.println("calls=" + (long) threads * calls + " checksum=" + total);
    }
}
