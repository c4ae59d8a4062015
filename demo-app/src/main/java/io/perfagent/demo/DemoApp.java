package io.perfagent.demo;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;

/**
 * An ordinary order service under synthetic load: seeds an in-memory database, runs the request mix on worker
 * threads, prints a summary and exits. Exit status: 0 on success, 1 if a request failed unexpectedly, 2 on a bad
 * command line.
 */
public final class DemoApp {

    private DemoApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoOptionsParser.Result parsed = DemoOptionsParser.parse(args);
        if (parsed.help()) {
            System.out.println(DemoOptionsParser.USAGE);
            return;
        }
        if (parsed.error() != null) {
            System.err.println("demo-app: " + parsed.error());
            System.err.println(DemoOptionsParser.USAGE);
            System.exit(2);
        }
        int status = run(parsed.options(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the demo once and returns the exit status. */
    static int run(DemoOptions options, PrintStream out, PrintStream err) throws InterruptedException {
        return run(options, DemoDatabase.URL, out, err);
    }

    /** As {@link #run(DemoOptions, PrintStream, PrintStream)} over the given (empty) database. */
    static int run(DemoOptions options, String jdbcUrl, PrintStream out, PrintStream err) throws InterruptedException {
        if (options.leak()) {
            AuditBacklog.start();
        }
        try (HikariDataSource pool = DemoDatabase.open(jdbcUrl)) {
            DemoServices services = DemoServices.over(pool);
            WorkloadDriver driver = new WorkloadDriver(services.requestMix(), new FirstRequestProbe(err), err);
            WorkloadResult result = driver.run(options.threads(), RequestBudget.forOptions(options));
            out.printf("requests served: %d%n", result.requests());
            out.printf("errors caught: %d%n", result.errorsCaught());
            out.printf("orders in the DB: %d%n", services.orders().orderCount());
            out.printf("elapsed: %.1f s on %d threads%n", result.elapsedNanos() / 1e9, options.threads());
            if (options.leak()) {
                out.printf("audit backlog retained: %d MB%n", AuditBacklog.retainedBytes() >> 20);
            }
            if (result.failures() > 0) {
                err.println("demo-app: " + result.failures() + " requests failed unexpectedly");
                return 1;
            }
            return 0;
        }
    }
}
