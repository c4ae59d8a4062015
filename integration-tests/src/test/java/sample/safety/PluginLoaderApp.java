package sample.safety;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * {@code PluginLoaderApp child-first|isolated <calls>}: loads {@code sample.safety.plugin.Plugin} in a URLClassLoader of
 * its own (child-first below the application loader, or isolated below the platform loader, as plugin systems do),
 * calls it, drops the loader and waits up to 10 s for the garbage collector to take it. Exit code 3 if it is never
 * collected.
 */
public class PluginLoaderApp {

    public static void main(String[] args) throws Exception {
        boolean isolated = args[0].equals("isolated");
        int calls = Integer.parseInt(args[1]);
        WeakReference<ClassLoader> loader = runPlugin(isolated, calls);
        for (int i = 0; i < 100 && loader.get() != null; i++) {
            System.gc();
            Thread.sleep(100);
        }
        if (loader.get() != null) {
            System.out.println("plugin class loader NOT collected after 10 s");
            System.exit(3);
        }
        System.out.println("plugin class loader collected");
    }

    private static WeakReference<ClassLoader> runPlugin(boolean isolated, int calls) throws Exception {
        URL classes = PluginLoaderApp.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader parent = isolated ? ClassLoader.getPlatformClassLoader() : PluginLoaderApp.class.getClassLoader();
        URLClassLoader loader = new ChildFirst(new URL[] {classes}, parent);
        Class<?> type = loader.loadClass("sample.safety.plugin.Plugin");
        Object plugin = type.getConstructor().newInstance();
        long sum = 0;
        try {
            for (int i = 0; i < calls; i++) {
                sum += (Integer) type.getMethod("run", int.class).invoke(plugin, i % 50);
            }
            System.out.println("plugin sum=" + sum + " loaded by its own loader: " + (type.getClassLoader() == loader));
        } finally {
            loader.close();
        }
        return new WeakReference<>(loader);
    }

    /** Finds plugin classes itself before asking its parent, like a web application's loader. */
    static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("sample.safety.plugin.")) {
                    Class<?> found = findLoadedClass(name);
                    return found != null ? found : findClass(name);
                }
                return super.loadClass(name, resolve);
            }
        }
    }
}
