package sample.safety;

import java.util.ArrayList;
import java.util.List;

/** Instrumented methods of every return shape: the probe must never change what they return or do. */
public class Values {

    private final int base;
    private int touched;

    public Values(int base) {
        this.base = base;
    }

    public static int plus(int a, int b) {
        return a + b;
    }

    public long widen(long x, int shift) {
        return (x << shift) + base;
    }

    public static double ratio(double a, double b) {
        return a / b;
    }

    public boolean isEven(int x) {
        return (x & 1) == 0;
    }

    public static String join(String a, char c, String b) {
        return a + c + b;
    }

    public Object[] pair(Object a, Object b) {
        return new Object[] {a, b};
    }

    public void touch() {
        touched++;
    }

    public int touched() {
        return touched;
    }

    public synchronized int locked(int x) {
        return x * base;
    }

    public static <T extends Comparable<T>> T max(List<T> items) {
        T best = items.get(0);
        for (T item : items) {
            if (item.compareTo(best) > 0) {
                best = item;
            }
        }
        return best;
    }

    public static int earlyReturn(int limit) {
        for (int i = 0; ; i++) {
            if (i * i >= limit) {
                return i;
            }
        }
    }

    public static int withFinally(List<String> log, int x) {
        try {
            return x + 1;
        } finally {
            log.add("finally " + x);
        }
    }

    public static List<Integer> squares(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i * i);
        }
        return out;
    }
}
