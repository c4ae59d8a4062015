package sample.safety;

import java.lang.reflect.Method;

/**
 * Calls the classes GeneratedClasses writes at test time (a near-64 KB method, Java 8, 6 and 5 class files), by name
 * since they do not exist when this is compiled; {@link #CALLS} calls of each method, results printed.
 */
public class LegacyBytecodeApp {

    public static final int CALLS = 100;

    public static void main(String[] args) throws Exception {
        long sum = 0;
        Method huge = method("Huge", "huge", int.class);
        Method loop = method("Java8", "loop", int.class);
        Method guarded = method("Java8", "guarded", String.class);
        Method java6 = method("Java6", "answer", int.class);
        Method java5 = method("Java5", "answer", int.class);
        String text = "";
        int answers = 0;
        for (int i = 0; i < CALLS; i++) {
            sum += (Integer) huge.invoke(null, i);
            sum += (Integer) loop.invoke(null, i);
            text = (String) guarded.invoke(null, i % 2 == 0 ? "xyz" + i : "");
            answers = (Integer) java6.invoke(null, i) * 100 + (Integer) java5.invoke(null, i);
            sum += answers;
        }
        System.out.println("sum=" + sum + " last=" + text + " answers=" + answers);
    }

    private static Method method(String type, String name, Class<?> parameter) throws Exception {
        return Class.forName("sample.safety.gen." + type).getMethod(name, parameter);
    }
}
