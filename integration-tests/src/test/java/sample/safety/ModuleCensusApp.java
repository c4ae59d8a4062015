package sample.safety;

/**
 * Prints whether the JDK-internal packages perfagent exports to its own class loader (for the allocation counter) are
 * exported to the application too: they must not be, so the output is the same with and without the agent.
 */
public class ModuleCensusApp {

    public static void main(String[] args) {
        Module self = ModuleCensusApp.class.getModule();
        System.out.println("sun.management: " + exported("java.management", "sun.management", self));
        System.out.println("com.sun.management.internal: "
                + exported("jdk.management", "com.sun.management.internal", self));
        System.out.println("sum=" + Values.plus(1, 2));
    }

    private static boolean exported(String module, String packageName, Module to) {
        return ModuleLayer.boot().findModule(module).orElseThrow().isExported(packageName, to);
    }
}
