package io.perfagent.bootstrap;

/**
 * Decides which keys a thread counts itself ({@link KeyCounts}) instead of storing a sample per call. Flush thread
 * only (it runs inside {@link Recorders#drain}), except {@link #configure}, which runs before any drain.
 *
 * <p>A thread's key is promoted when the thread stored at least a full buffer's worth of samples since the previous
 * drain and the key made at least a quarter of the first {@link #SURVEY_SAMPLES} the drain read: a key called hundreds
 * of thousands of times a second on one thread. Promotion is for good (the counts stay until the thread ends) and
 * bounded, {@link #MAX_PER_THREAD} keys per thread and {@link #MAX_TOTAL} in all, ~2.4 MB at most; past the bounds,
 * calls are stored as samples as before. Counting is on only for histograms of 1 or 2 significant digits (the
 * default), which {@link BucketLayout}'s buckets reproduce exactly; at 3 a key's buckets would be ~120 KB. Values of
 * 2^24 or more (16.8 ms, or 16 MiB allocated) are always stored as samples.
 */
final class HotKeys {

    static final int MAX_PER_THREAD = 8;
    static final int MAX_TOTAL = 64;
    static final int SURVEY_SAMPLES = 64;

    /** False while counting is off (not configured, or histograms finer than {@link BucketLayout}'s buckets). */
    private static volatile boolean enabled;
    private static int total;
    /** Promotions since start; read by the report's agent block on any thread. */
    private static volatile long promotions;
    private static final int[] surveyIds = new int[SURVEY_SAMPLES];
    private static final boolean[] surveyPaired = new boolean[SURVEY_SAMPLES];

    private HotKeys() {
    }

    /**
     * Turns counting on for histograms of {@code significantDigits} digits (off above
     * {@link BucketLayout#SIGNIFICANT_DIGITS}) and forgets every thread's counts so far: they may have been made for
     * another agent's keys (an attach after a detach). Called when the core starts, before its flush thread drains.
     */
    static void configure(Iterable<ThreadRecorder> recorders, int significantDigits) {
        configure(recorders, significantDigits <= BucketLayout.SIGNIFICANT_DIGITS);
    }

    /** Counting on or off; forgets every thread's counts so far. */
    static void configure(Iterable<ThreadRecorder> recorders, boolean on) {
        enabled = on;
        for (ThreadRecorder recorder : recorders) {
            recorder.forgetCounted();
        }
        total = 0;
    }

    /** Notes the {@code index}th sample the current drain round consumed from one thread (its first few only). */
    static void note(int index, long packed) {
        surveyIds[index] = Samples.keyId(packed);
        surveyPaired[index] = (packed & Samples.PAIRED_BIT) != 0;
    }

    /** Promotes the keys that dominate the {@code samples} noted from {@code recorder}'s round. */
    static void survey(ThreadRecorder recorder, int samples) {
        if (!enabled || recorder.countedCount() >= MAX_PER_THREAD || total >= MAX_TOTAL) {
            return;
        }
        for (int i = 0; i < samples; i++) {
            int id = surveyIds[i];
            if (seenBefore(i) || recorder.counts(id)) {
                continue;
            }
            int calls = 0;
            boolean paired = false;
            for (int j = i; j < samples; j++) {
                if (surveyIds[j] == id) {
                    calls++;
                    paired |= surveyPaired[j];
                }
            }
            if (calls * 4 >= SURVEY_SAMPLES) {
                recorder.startCounting(new KeyCounts(id, paired));
                total++;
                promotions = promotions + 1; // the flush thread is the only writer
                if (recorder.countedCount() >= MAX_PER_THREAD || total >= MAX_TOTAL) {
                    return;
                }
            }
        }
    }

    private static boolean seenBefore(int i) {
        for (int j = 0; j < i; j++) {
            if (surveyIds[j] == surveyIds[i]) {
                return true;
            }
        }
        return false;
    }

    /** How many times a thread's key was switched to counting in place since start. */
    static long promotions() {
        return promotions;
    }

    /** A thread ended and its recorder is forgotten: its counts no longer take up the bound. */
    static void released(ThreadRecorder recorder) {
        total -= recorder.countedCount();
    }
}
