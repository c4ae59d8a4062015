package io.perfagent.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/** Runs requests from a {@link RequestMix} on worker threads until the {@link RequestBudget} is spent. */
final class WorkloadDriver {

    private final RequestMix mix;
    private final FirstRequestProbe probe;
    private final PrintStream err;
    private final LongAdder requests = new LongAdder();
    private final LongAdder errorsCaught = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final AtomicBoolean failureShown = new AtomicBoolean();

    WorkloadDriver(RequestMix mix, FirstRequestProbe probe, PrintStream err) {
        this.mix = mix;
        this.probe = probe;
        this.err = err;
    }

    WorkloadResult run(int threads, RequestBudget budget) throws InterruptedException {
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> work(budget), "demo-worker-" + i);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new WorkloadResult(requests.sum(), errorsCaught.sum(), failures.sum(), System.nanoTime() - start);
    }

    private void work(RequestBudget budget) {
        while (budget.tryStart()) {
            try {
                mix.serve(ThreadLocalRandom.current());
            } catch (IllegalStateException expected) {
                errorsCaught.increment();
            } catch (RuntimeException bug) {
                failures.increment();
                if (failureShown.compareAndSet(false, true)) {
                    err.println("unexpected failure (only the first is shown):");
                    bug.printStackTrace(err);
                }
            }
            requests.increment();
            probe.requestCompleted();
        }
    }
}
