package io.perfagent.demo;

/**
 * What one run of the demo does.
 *
 * @param durationSeconds how long to run when {@code requests} is 0
 * @param threads         worker threads issuing requests
 * @param leak            whether to grow the old generation steadily (see {@link AuditBacklog})
 * @param requests        stop after exactly this many requests; 0 means run for {@code durationSeconds}
 */
public record DemoOptions(int durationSeconds, int threads, boolean leak, long requests) {

    public static final DemoOptions DEFAULTS = new DemoOptions(20, 4, false, 0);
}
