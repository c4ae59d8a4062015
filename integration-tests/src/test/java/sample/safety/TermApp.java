package sample.safety;

import java.lang.reflect.Method;

/**
 * {@code TermApp <rounds>}: calls the generated {@code sample.safety.gen.Many.runAll} (one call of each of its many
 * small methods) {@code rounds} times, prints "ready", then idles until it is killed; its own shutdown hook says it ran.
 */
public class TermApp {

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("shutdown hook ran")));
        Method runAll = Class.forName("sample.safety.gen.Many").getMethod("runAll", int.class);
        int rounds = Integer.parseInt(args[0]);
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            sum += (Long) runAll.invoke(null, i);
        }
        System.out.println("ready sum=" + sum);
        System.out.flush();
        Thread.sleep(60_000);
        System.out.println("never killed");
    }
}
