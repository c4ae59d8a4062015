package sample.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Calls every method of {@link Values} {@link #ROUNDS} times and prints what they returned. */
public class ValuesApp {

    public static final int ROUNDS = 50;
    /**
     * Method calls made: 13 per round plus 5 more in each of the 2 printed rounds (constructors are not matched by
     * {@code Values#*}).
     */
    public static final int CALLS = ROUNDS * 13 + 2 * 5;

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        long checksum = 0;
        for (int i = 0; i < ROUNDS; i++) {
            Values values = new Values(i);
            checksum += Values.plus(i, 7);
            checksum += values.widen(i, 3);
            checksum += (long) (Values.ratio(i + 1, 4) * 1000);
            checksum += values.isEven(i) ? 1 : 2;
            checksum += Values.join("a" + i, '-', "b").hashCode();
            checksum += Arrays.hashCode(values.pair(i, "x"));
            values.touch();
            checksum += values.touched();
            checksum += values.locked(i);
            checksum += Values.max(List.of(3, i, 9)).hashCode();
            checksum += Values.earlyReturn(i * 10);
            checksum += Values.withFinally(log, i);
            checksum += Values.squares(i % 5).hashCode();
            if (i < 2) {
                System.out.println("round " + i + ": " + Values.join("p", ':', "q") + " " + values.widen(1, 4) + " "
                        + Values.ratio(1, 3) + " " + Arrays.toString(values.pair(null, i)) + " " + Values.squares(4));
            }
        }
        System.out.println("checksum=" + checksum + " log=" + log.size() + " last=" + log.get(log.size() - 1));
    }
}
