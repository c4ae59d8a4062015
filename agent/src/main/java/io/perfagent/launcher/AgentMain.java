package io.perfagent.launcher;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;

/**
 * Entry point of perfagent.jar for {@code -javaagent} (premain), attach (agentmain) and the command line (main).
 *
 * <p>This class, {@link AgentClassLoader} and the bridge package {@code io.perfagent.bootstrap} are the only agent
 * classes the application's class loader can see: the JVM puts perfagent.jar on the system class path, and woven code
 * finds the bridge there. The bridge is deliberately NOT appended to the bootstrap class path: doing so makes HotSpot
 * print "Sharing is only supported for boot loader classes..." on stdout and turns off class-data sharing for every
 * application class (slower start-up). Everything else is loaded from {@code inst/} by an isolated
 * {@link AgentClassLoader}. Nothing thrown here
 * may ever reach the JVM (an exception escaping premain aborts the application): every failure becomes one line
 * {@code perfagent: disabled: <reason>}.
 */
public final class AgentMain {

    private static final String INSTALLER = "io.perfagent.agent.Installer";
    private static final String CLI = "io.perfagent.agent.cli.Cli";

    private AgentMain() {
    }

    public static void premain(String args, Instrumentation inst) {
        start(args, inst, false);
    }

    public static void agentmain(String args, Instrumentation inst) {
        start(args, inst, true);
    }

    private static void start(String args, Instrumentation inst, boolean attached) {
        try {
            ClassLoader loader = new AgentClassLoader(agentJar(), ClassLoader.getPlatformClassLoader());
            loader.loadClass(INSTALLER)
                    .getMethod("install", String.class, Instrumentation.class, boolean.class)
                    .invoke(null, args, inst, attached);
        } catch (Throwable t) {
            System.err.println("perfagent: disabled: " + reason(t) + "; the application runs without the agent");
        }
    }

    /** {@code java -jar perfagent.jar <command> ...}: report, merge, attach, list, detach. */
    public static void main(String[] args) throws Throwable {
        ClassLoader loader = new AgentClassLoader(agentJar(), ClassLoader.getPlatformClassLoader());
        try {
            loader.loadClass(CLI).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static File agentJar() throws URISyntaxException {
        return new File(AgentMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String reason(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof InvocationTargetException || cause instanceof ExceptionInInitializerError)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message.replace('\n', ' '));
    }
}
