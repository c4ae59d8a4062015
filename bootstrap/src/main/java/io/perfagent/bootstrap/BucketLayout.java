package io.perfagent.bootstrap;

/**
 * The bucket layout of an HdrHistogram of 2 significant digits (lowest discernible value 1) for values below 2^24:
 * which bucket a value falls in, and the lowest value of each bucket.
 *
 * <p>It lets an application thread count its calls of a hot key per bucket ({@link KeyCounts}) instead of storing
 * each sample for the flush thread to record: recording each bucket's lowest value with the bucket's count into an
 * HdrHistogram of 2 significant digits gives exactly the histogram that recording every value would have given (its
 * percentiles, mean, minimum and maximum all come from the buckets), and so does recording it into one of 1 digit,
 * whose buckets are unions of these. The arithmetic is HdrHistogram's own index computation with its parameters as
 * constants (the JIT folds them into the probe), restated because the bridge may name only JDK classes;
 * BucketLayoutTest checks every value's bucket against HdrHistogram. Stateless; thread-safe.
 */
final class BucketLayout {

    /** The precision these buckets reproduce exactly (and every coarser one). */
    static final int SIGNIFICANT_DIGITS = 2;
    /** Values at or above this (16.8 ms, or 16 MiB allocated) are not counted; the caller stores them as samples. */
    static final long LIMIT = 1L << 24;
    /** 2^7 = 128: half of the 256 sub-buckets that 2 digits need (2 * 10^2 rounded up to a power of two). */
    private static final int HALF_COUNT_MAGNITUDE = 7;
    private static final int HALF_COUNT = 1 << HALF_COUNT_MAGNITUDE;
    private static final long SUB_BUCKET_MASK = (1L << (HALF_COUNT_MAGNITUDE + 1)) - 1;
    private static final int LEADING_ZERO_COUNT_BASE = 64 - HALF_COUNT_MAGNITUDE - 1;
    /** Buckets for every value below {@link #LIMIT}. */
    static final int LENGTH = index(LIMIT - 1) + 1;

    private BucketLayout() {
    }

    /** The bucket of {@code value}, which must be in {@code [0, LIMIT)}. */
    static int index(long value) {
        int bucket = LEADING_ZERO_COUNT_BASE - Long.numberOfLeadingZeros(value | SUB_BUCKET_MASK);
        int subBucket = (int) (value >>> bucket);
        return ((bucket + 1) << HALF_COUNT_MAGNITUDE) + subBucket - HALF_COUNT;
    }

    /** The lowest value that falls in bucket {@code index}. */
    static long lowestValue(int index) {
        int bucket = (index >> HALF_COUNT_MAGNITUDE) - 1;
        int subBucket = (index & (HALF_COUNT - 1)) + HALF_COUNT;
        if (bucket < 0) {
            subBucket -= HALF_COUNT;
            bucket = 0;
        }
        return (long) subBucket << bucket;
    }
}
