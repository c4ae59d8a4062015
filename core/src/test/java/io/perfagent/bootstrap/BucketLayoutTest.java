package io.perfagent.bootstrap;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every countable value falls in the bucket HdrHistogram would put it in, at 2 digits and at 1. */
class BucketLayoutTest {

    @Test
    void everyValueBelowTheLimitHasHdrHistogramsBucketAtTwoAndOneDigits() {
        Histogram twoDigits = new Histogram(2);
        Histogram oneDigit = new Histogram(1);
        int previous = -1;
        for (long value = 0; value < BucketLayout.LIMIT; value++) {
            int index = BucketLayout.index(value);
            if (index != previous && index != previous + 1) {
                fail("buckets skip or go back at " + value + ": " + previous + " -> " + index);
            }
            previous = index;
            long lowest = BucketLayout.lowestValue(index);
            if (lowest != twoDigits.lowestEquivalentValue(value)
                    || oneDigit.lowestEquivalentValue(lowest) != oneDigit.lowestEquivalentValue(value)) {
                fail("value " + value + ": bucket " + index + " starts at " + lowest + ", HdrHistogram's at "
                        + twoDigits.lowestEquivalentValue(value) + " (2 digits), "
                        + oneDigit.lowestEquivalentValue(value) + " (1 digit)");
            }
        }
        assertEquals(BucketLayout.LENGTH - 1, previous, "the last value is in the last bucket");
    }

    @Test
    void bucketsStartWhereTheirLowestValueSays() {
        for (int index = 0; index < BucketLayout.LENGTH; index++) {
            assertEquals(index, BucketLayout.index(BucketLayout.lowestValue(index)), "bucket " + index);
            if (index > 0) {
                long lowest = BucketLayout.lowestValue(index);
                assertEquals(index - 1, BucketLayout.index(lowest - 1), "the value before bucket " + index);
            }
        }
        assertTrue(BucketLayout.LENGTH < 2_400, "2 digits below 2^24 need " + BucketLayout.LENGTH + " buckets");
    }
}
