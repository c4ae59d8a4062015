package io.perfagent.agent.instrument;

import io.perfagent.bootstrap.Timings;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BridgeVisibilityTest {

    private final BridgeVisibility visibility = new BridgeVisibility();
    private final ClassLoader bridgeLoader = Timings.class.getClassLoader();

    /** Below the platform loader, but hands the bridge package to the bridge's loader (as some plug-in loaders do). */
    private static final class DelegatesBridgePackage extends ClassLoader {
        private final ClassLoader bridgeLoader;

        DelegatesBridgePackage(ClassLoader bridgeLoader) {
            super(ClassLoader.getPlatformClassLoader());
            this.bridgeLoader = bridgeLoader;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            return name.startsWith("io.perfagent.bootstrap.") ? bridgeLoader.loadClass(name) : super.loadClass(name,
                    resolve);
        }
    }

    @Test
    void loadersDelegatingThroughTheirParentsSeeTheBridge() throws Exception {
        assertTrue(visibility.sees(bridgeLoader));
        try (URLClassLoader child = new URLClassLoader(new URL[0], bridgeLoader)) {
            assertTrue(visibility.sees(child));
        }
    }

    @Test
    void isolatedLoadersAndTheBootLoaderDoNot() throws Exception {
        assertFalse(visibility.sees(null));
        assertFalse(visibility.sees(ClassLoader.getPlatformClassLoader()));
        try (URLClassLoader isolated = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertFalse(visibility.sees(isolated));
            assertFalse(visibility.sees(isolated), "the remembered answer is the same");
        }
    }

    @Test
    void aLoaderThatResolvesTheBridgeOtherwiseIsAskedOnce() {
        assertTrue(visibility.sees(new DelegatesBridgePackage(bridgeLoader)));
    }
}
