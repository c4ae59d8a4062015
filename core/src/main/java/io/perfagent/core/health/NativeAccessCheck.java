package io.perfagent.core.health;

/**
 * Whether OSHI may load JNA's native library without the JDK printing a "restricted method" warning on the
 * application's stderr. From JDK 22 on, native access of code in unnamed modules (perfagent's included) is allowed
 * silently only when the application was started with {@code --enable-native-access=ALL-UNNAMED}; perfagent does not
 * grant it itself, since that would silence the same warning for the application's own native calls. Without it the
 * system figures come from the JVM's OperatingSystemMXBean ({@code "source":"mxbean"}). Stateless.
 */
final class NativeAccessCheck {

    private NativeAccessCheck() {
    }

    static boolean nativeAccessWithoutWarning() {
        if (Runtime.version().feature() < 22) {
            return true;
        }
        try {
            Object enabled = Module.class.getMethod("isNativeAccessEnabled").invoke(NativeAccessCheck.class.getModule());
            return Boolean.TRUE.equals(enabled);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
