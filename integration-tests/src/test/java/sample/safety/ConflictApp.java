package sample.safety;

import java.lang.reflect.Method;
import java.security.CodeSource;
import java.util.Map;

/**
 * {@code ConflictApp own}: uses the Jackson, Byte Buddy, HdrHistogram and JNA it ships and prints which jar each came
 * from and what it computed. {@code ConflictApp none}: the application has none of them and prints whether the agent's
 * copies (or the agent's own classes) are visible to it. Reflection only, so it compiles without any of them.
 */
public class ConflictApp {

    private static final String[] AGENT_CLASSES = {
        "net.bytebuddy.ByteBuddy", "com.fasterxml.jackson.databind.ObjectMapper", "org.HdrHistogram.Histogram",
        "com.sun.jna.Native", "oshi.SystemInfo", "io.perfagent.core.runtime.AgentRuntime",
        "io.perfagent.core.config.ConfigKeys", "io.perfagent.agent.Installer",
    };

    public static void main(String[] args) throws Exception {
        long sum = 0;
        for (int i = 0; i < 100; i++) {
            sum += Values.plus(i, 1);
        }
        if (args[0].equals("own")) {
            useOwnLibraries();
        } else {
            lookForAgentLibraries();
        }
        System.out.println("sum=" + sum);
    }

    private static void useOwnLibraries() throws Exception {
        Class<?> mapperType = Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
        Object mapper = mapperType.getConstructor().newInstance();
        Object json = mapperType.getMethod("writeValueAsString", Object.class).invoke(mapper, Map.of("app", 1));
        Object version = Class.forName("com.fasterxml.jackson.databind.cfg.PackageVersion").getField("VERSION").get(null);
        report("jackson", mapperType, version + " " + json);

        Class<?> histogramType = Class.forName("org.HdrHistogram.Histogram");
        Object histogram = histogramType.getConstructor(int.class).newInstance(2);
        Method record = histogramType.getMethod("recordValue", long.class);
        for (long v = 1; v <= 100; v++) {
            record.invoke(histogram, v);
        }
        report("hdrhistogram", histogramType, "p50=" + histogramType.getMethod("getValueAtPercentile", double.class)
                .invoke(histogram, 50.0));

        Class<?> nativeType = Class.forName("com.sun.jna.Native");
        // POINTER_SIZE comes from the native side: reading it loads the application's own libjnidispatch.
        report("jna", nativeType, "pointer=" + nativeType.getField("POINTER_SIZE").get(null));

        Class<?> byteBuddyType = Class.forName("net.bytebuddy.ByteBuddy");
        Object byteBuddy = byteBuddyType.getConstructor().newInstance();
        Object builder = byteBuddyType.getMethod("subclass", Class.class).invoke(byteBuddy, Object.class);
        Object unloaded = builder.getClass().getMethod("make").invoke(builder);
        Object made = unloaded.getClass().getMethod("getTypeDescription").invoke(unloaded);
        report("byte-buddy", byteBuddyType, "made a subclass of " + made.getClass().getMethod("getSuperClass")
                .invoke(made));
    }

    private static void report(String library, Class<?> type, String result) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        String jar = source == null ? "?" : source.getLocation().getPath();
        System.out.println(library + " from " + jar.substring(jar.lastIndexOf('/') + 1) + ": " + result);
    }

    private static void lookForAgentLibraries() {
        for (String name : AGENT_CLASSES) {
            String resource = name.replace('.', '/') + ".class";
            boolean resourceVisible = ClassLoader.getSystemResource(resource) != null;
            try {
                Class.forName(name);
                System.out.println(name + ": VISIBLE");
            } catch (ClassNotFoundException | LinkageError e) {
                System.out.println(name + ": hidden" + (resourceVisible ? " but its .class resource is VISIBLE" : ""));
            }
        }
    }
}
