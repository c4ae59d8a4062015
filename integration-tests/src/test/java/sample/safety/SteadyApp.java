package sample.safety;

/**
 * {@code SteadyApp <batches> <callsPerBatch> <pauseMillis>}: a steady trickle of instrumented calls spread over several
 * flush intervals, with the same output every run.
 */
public class SteadyApp {

    public static void main(String[] args) throws Exception {
        int batches = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        long pause = Long.parseLong(args[2]);
        long sum = 0;
        for (int b = 0; b < batches; b++) {
            for (int i = 0; i < calls; i++) {
                sum += Values.plus(b, i);
            }
            Thread.sleep(pause);
        }
        System.out.println("calls=" + (long) batches * calls + " sum=" + sum);
    }
}
