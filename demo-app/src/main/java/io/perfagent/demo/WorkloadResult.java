package io.perfagent.demo;

/**
 * What a workload run did.
 *
 * @param requests     requests completed, including those that ended in a caught error
 * @param errorsCaught requests that ended in the services' expected {@link IllegalStateException}
 * @param failures     requests that ended in any other exception: a bug in the demo, reported on stderr
 * @param elapsedNanos wall-clock time of the run
 */
public record WorkloadResult(long requests, long errorsCaught, long failures, long elapsedNanos) {
}
