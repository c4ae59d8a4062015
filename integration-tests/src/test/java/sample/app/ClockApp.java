package sample.app;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Prints the rate of the JVM's tick counter as the JVM states it (needs {@code --add-exports
 * jdk.jfr/jdk.jfr.internal=ALL-UNNAMED}), then makes calls of known length: 20 ms sleeps and 100 µs spins.
 */
public class ClockApp {

    public static void main(String[] args) throws Exception {
        Class<?> jvm = Class.forName("jdk.jfr.internal.JVM");
        Method frequency = jvm.getMethod("getTicksFrequency"); // static from JDK 22, an instance method before
        Object target = Modifier.isStatic(frequency.getModifiers()) ? null : jvm.getMethod("getJVM").invoke(null);
        System.out.println("ticks-per-second=" + frequency.invoke(target));
        for (int i = 0; i < 30; i++) {
            Work.sleep20();
        }
        long spins = 0;
        for (int i = 0; i < 2000; i++) {
            spins += Work.spin100us();
        }
        System.out.println("spins=" + (spins > 0));
    }
}
