package sample.jdbc;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * {@code DistinctSqlApp <count>}: executes {@code count} distinct unparameterised statements (distinct even after
 * sanitizing: each names its own column) and prints the heap used after GC at 10% and at 100% of the run:
 * {@code heap-early=<bytes> heap-late=<bytes>}.
 */
public final class DistinctSqlApp {

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        NullStatement statement = new NullStatement();
        long early = 0;
        for (int i = 0; i < count; i++) {
            statement.execute("SELECT " + i + " AS c" + i + " FROM t" + (i % 7));
            if (i == count / 10) {
                early = heapAfterGc();
            }
        }
        long late = heapAfterGc();
        System.out.println("heap-early=" + early + " heap-late=" + late);
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
