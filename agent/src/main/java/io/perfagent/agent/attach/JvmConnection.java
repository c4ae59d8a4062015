package io.perfagent.agent.attach;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A connection to another local JVM through the JDK's attach API ({@code com.sun.tools.attach.VirtualMachine}).
 * The jdk.attach module is defined to the application class loader, which the CLI's isolated class loader does not
 * delegate to, so the API is reached reflectively through the system class loader. Not thread-safe; one per use.
 */
public final class JvmConnection implements AutoCloseable {

    private static final String VM = "com.sun.tools.attach.VirtualMachine";
    private static final String DESCRIPTOR = "com.sun.tools.attach.VirtualMachineDescriptor";

    /** One JVM the attach API lists: its pid and what it runs (main class or jar, then arguments). */
    public record Listed(String pid, String displayName) {
    }

    private final Object vm;
    private final String pid;

    private JvmConnection(Object vm, String pid) {
        this.vm = vm;
        this.pid = pid;
    }

    public static JvmConnection open(String pid) throws AttachFailure {
        try {
            return new JvmConnection(invoke(vmClass().getMethod("attach", String.class), null, "attach to " + pid, pid),
                    pid);
        } catch (NoSuchMethodException e) {
            throw new AttachFailure("cannot attach to " + pid + " (" + e + ")");
        }
    }

    public static List<Listed> list() throws AttachFailure {
        try {
            Method id = Class.forName(DESCRIPTOR, true, ClassLoader.getSystemClassLoader()).getMethod("id");
            Method name = Class.forName(DESCRIPTOR, true, ClassLoader.getSystemClassLoader()).getMethod("displayName");
            List<Listed> jvms = new ArrayList<>();
            for (Object descriptor : (List<?>) invoke(vmClass().getMethod("list"), null, "list JVMs")) {
                jvms.add(new Listed((String) id.invoke(descriptor), (String) name.invoke(descriptor)));
            }
            return jvms;
        } catch (ReflectiveOperationException e) {
            throw new AttachFailure("cannot list JVMs (" + e + ")");
        }
    }

    public Properties systemProperties() throws AttachFailure {
        return (Properties) call("getSystemProperties", new Class<?>[0], "read the system properties of " + pid);
    }

    /** Runs perfagent's agentmain in the target and returns once it has finished. */
    public void loadAgent(String jar, String args) throws AttachFailure {
        call("loadAgent", new Class<?>[]{String.class, String.class}, "load perfagent into " + pid, jar, args);
    }

    @Override
    public void close() {
        try {
            call("detach", new Class<?>[0], "disconnect");
        } catch (AttachFailure ignored) {
            // the target may be gone already: nothing to release
        }
    }

    private Object call(String method, Class<?>[] types, String what, Object... args) throws AttachFailure {
        try {
            return invoke(vmClass().getMethod(method, types), vm, what, args);
        } catch (NoSuchMethodException e) {
            throw new AttachFailure("cannot " + what + " (" + e + ")");
        }
    }

    private static Object invoke(Method method, Object target, String what, Object... args) throws AttachFailure {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().replace('\n', ' ');
            throw new AttachFailure("cannot " + what + " (" + cause.getClass().getSimpleName() + message + ")");
        } catch (IllegalAccessException e) {
            throw new AttachFailure("cannot " + what + " (" + e + ")");
        }
    }

    private static Class<?> vmClass() throws AttachFailure {
        try {
            return Class.forName(VM, true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AttachFailure("this Java runtime has no attach API (module jdk.attach); run perfagent.jar with"
                    + " a full JDK");
        }
    }
}
