package sample.safety;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code VirtualThreadsApp <virtualThreads>} (JDK 21+): each virtual thread calls {@link Alloc#kilobyte} once, the
 * main (platform) thread calls it {@link #PLATFORM_CALLS} times, and one virtual thread pins on purpose
 * ({@link PinControl}). Compiled for Java 17, so virtual threads are reached by reflection.
 */
public class VirtualThreadsApp {

    public static final int PLATFORM_CALLS = 1000;

    public static void main(String[] args) throws Exception {
        int virtualThreads = Integer.parseInt(args[0]);
        ExecutorService executor = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor")
                .invoke(null);
        LongAdder bytes = new LongAdder();
        executor.submit(() -> bytes.add(PinControl.READY - 1));
        for (int i = 0; i < virtualThreads; i++) {
            int n = i;
            executor.submit(() -> bytes.add(Alloc.kilobyte(n)));
        }
        executor.shutdown();
        if (!executor.awaitTermination(2, TimeUnit.MINUTES)) {
            System.out.println("virtual threads did not finish");
            System.exit(2);
        }
        for (int i = 0; i < PLATFORM_CALLS; i++) {
            bytes.add(Alloc.kilobyte(i));
        }
        System.out.println("bytes=" + bytes.sum());
    }
}
