package sample.app;

/** Known latencies and allocations: 20 ms sleeps, 1 MB arrays, and a method that allocates nothing. */
public class LatencyApp {

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 30; i++) {
            Work.sleep20();
        }
        long total = 0;
        for (int i = 0; i < 30; i++) {
            total += Work.allocateMegabyte();
        }
        for (int i = 0; i < 5000; i++) {
            total += Work.noAllocation(i);
        }
        System.out.println("total=" + total);
    }
}
