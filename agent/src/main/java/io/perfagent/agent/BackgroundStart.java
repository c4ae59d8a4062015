package io.perfagent.agent;

import io.perfagent.agent.attach.StatusProperties;
import io.perfagent.core.log.AgentLog;
import io.perfagent.core.runtime.AgentThreads;

import java.lang.instrument.Instrumentation;

/**
 * {@code startup.background=true}: premain returns once the configuration is read, and the thread
 * {@code perfagent-start} waits until the application's start-up has settled ({@link ClassLoadingLull}), then starts
 * the runtime and weaves the probes, retransforming the classes the application loaded meanwhile (as an attach does).
 * Starting the runtime (sinks, the flush thread) and weaving while the agent's code is still interpreted costs CPU
 * (docs/benchmarks.md); done after the application's start-up instead of during it, it delays neither. The price:
 * calls made before the probes are ready are not measured. An application that ends before then is told so in one
 * line at exit. A failure on the thread disables the agent with the same one line a premain
 * failure prints; the application never sees it. Started once, from premain.
 */
final class BackgroundStart {

    private static final Object LOCK = new Object();
    private static boolean settled;
    private static boolean exiting;

    private BackgroundStart() {
    }

    static void begin(Runnable start, Instrumentation inst) {
        StatusProperties.starting(); // perfagent detach/list see a start under way, not "not running"
        Thread atExit = AgentThreads.newThread("start-check", BackgroundStart::exitBeforeReady);
        Runtime.getRuntime().addShutdownHook(atExit);
        AgentThreads.newThread("start", () -> run(start, inst, atExit)).start();
    }

    private static void run(Runnable start, Instrumentation inst, Thread atExit) {
        Throwable failure = null;
        try {
            delayForTest();
            ClassLoadingLull.await(inst);
            start.run();
        } catch (Throwable t) {
            failure = t;
            StatusProperties.startFailed();
        }
        synchronized (LOCK) {
            settled = true;
            if (exiting) {
                return; // the exit line has been printed; a failure now is only the shutdown's consequence
            }
        }
        if (failure != null) {
            AgentLog.warn("disabled: " + reason(failure) + "; the application runs without the agent");
        }
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException shutdownStarted) {
            // the hook runs and finds the start settled: it says nothing
        }
    }

    /** Test-only ({@code -Dperfagent.test.start-delay-ms}): a slow start, to act on the JVM while it is under way. */
    private static void delayForTest() throws InterruptedException {
        long millis = Long.getLong("perfagent.test.start-delay-ms", 0L);
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static void exitBeforeReady() {
        synchronized (LOCK) {
            exiting = true;
            if (settled) {
                return;
            }
        }
        AgentLog.warn("the application ended before the probes were ready (startup.background=true): nothing was "
                + "measured; set startup.background=false to measure from the first call");
    }

    private static String reason(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message.replace('\n', ' '));
    }
}
